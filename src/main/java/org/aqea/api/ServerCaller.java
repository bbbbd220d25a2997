package org.aqea.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.aqea.security.ApiTokens;

/**
 * The server as a caller of its own API: a token made at start and kept in this server's memory only, never stored or
 * logged. A timer of the server has no caller of its own, and Liberty's batch security lets only a caller in a batch
 * role start a job; calling the API with this token makes the timer such a caller, and its runs pass every check a
 * user's run passes.
 */
@ApplicationScoped
public class ServerCaller {

    /** The caller's name: no user of the registry and no API token has a name of this form. */
    public static final String NAME = "server:follower";

    private final String token = ApiTokens.generate();

    String authorization() {
        return "Bearer " + token;
    }

    /** Whether a request's {@code Authorization} header is the server's own. */
    boolean sent(String authorization) {
        return ApiTokens.fromAuthorization(authorization).filter(this::is).isPresent();
    }

    boolean is(String candidate) {
        return MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
