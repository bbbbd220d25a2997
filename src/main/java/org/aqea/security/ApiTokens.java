package org.aqea.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * API tokens for scripts: {@value #PREFIX} and 43 characters of base64url (256 random bits), sent as
 * {@code Authorization: Bearer <token>}. Only their SHA-256 is stored; the prefix lets secret scanners and people
 * recognise a leaked token.
 */
public final class ApiTokens {

    public static final String PREFIX = "aqea_";
    /** Caller names of tokens start with this, so that a token never passes for a user of the registry. */
    public static final String CALLER_PREFIX = "token:";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a token may do: read, or everything an admin may. */
    public enum Scope {
        READER, ADMIN;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Scope> of(String id) {
            for (Scope scope : values()) {
                if (scope.id().equals(id)) {
                    return Optional.of(scope);
                }
            }
            return Optional.empty();
        }
    }

    private ApiTokens() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token of an {@code Authorization} header ({@code Bearer}, any case), if it has the form of one. */
    public static Optional<String> fromAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = authorization.substring(7).trim();
        return wellFormed(token) ? Optional.of(token) : Optional.empty();
    }

    static boolean wellFormed(String token) {
        if (token.length() != PREFIX.length() + 43 || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!base64url) {
                return false;
            }
        }
        return true;
    }

    public static String sha256(String token) {
        return Sha256.hex(token);
    }
}
