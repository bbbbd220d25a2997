-- API tokens for scripts: only the SHA-256 of a token is kept (a token is 256 random bits, so a fast hash is
-- enough: nothing can be guessed from it). A revoked or expired token stays listed for the audit trail.
CREATE TABLE api_token (
    id            BIGSERIAL    PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    scope         VARCHAR(16)  NOT NULL CHECK (scope IN ('reader', 'admin')),
    token_sha256  VARCHAR(64)  NOT NULL UNIQUE,
    created_by    VARCHAR(200) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
