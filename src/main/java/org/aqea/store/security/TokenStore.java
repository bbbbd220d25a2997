package org.aqea.store.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aqea.security.ApiTokens;

/** The API tokens (table {@code api_token}): created, looked up by their hash, listed, revoked. */
@ApplicationScoped
@Transactional
public class TokenStore {

    /** How stale the last-use time may get: a token used in a loop does not write a row per request. */
    private static final Duration LAST_USE_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "aqea")
    private EntityManager em;

    /** A new token's row; the token itself is given to its creator once and kept nowhere. */
    public ApiToken create(String name, ApiTokens.Scope scope, String token, String createdBy, Instant expiresAt) {
        ApiToken row = new ApiToken(name, scope.id(), ApiTokens.sha256(token), createdBy, Instant.now(), expiresAt);
        em.persist(row);
        return row;
    }

    /** The token's row if the token is known, not revoked and not expired. */
    public Optional<ApiToken> authenticate(String token) {
        Instant now = Instant.now();
        Optional<ApiToken> row = em.createQuery("select t from ApiToken t where t.tokenSha256 = :hash", ApiToken.class)
                .setParameter("hash", ApiTokens.sha256(token)).getResultStream().findFirst()
                .filter(candidate -> candidate.validAt(now));
        row.filter(used -> used.lastUsedAt() == null || used.lastUsedAt().plus(LAST_USE_GRANULARITY).isBefore(now))
                .ifPresent(used -> used.used(now));
        return row;
    }

    public List<ApiToken> list() {
        return em.createQuery("select t from ApiToken t order by t.id", ApiToken.class).getResultList();
    }

    /** Revokes a token; empty when there is none with this id. Revoking twice keeps the first time. */
    public Optional<ApiToken> revoke(long id) {
        ApiToken row = em.find(ApiToken.class, id);
        if (row != null) {
            row.revoke(Instant.now());
        }
        return Optional.ofNullable(row);
    }
}
