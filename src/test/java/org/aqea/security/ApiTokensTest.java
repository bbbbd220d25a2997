package org.aqea.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void tokensAreRandomRecognisableAndTakenOnlyInTheirForm() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = ApiTokens.generate();
            assertTrue(token.matches("aqea_[A-Za-z0-9_-]{43}"), token);
            assertTrue(seen.add(token));
            assertEquals(Optional.of(token), ApiTokens.fromAuthorization("Bearer " + token));
            assertEquals(Optional.of(token), ApiTokens.fromAuthorization("bearer  " + token + " "));
        }
        String token = seen.iterator().next();
        assertEquals(Optional.empty(), ApiTokens.fromAuthorization(null));
        assertEquals(Optional.empty(), ApiTokens.fromAuthorization("Basic " + token));
        assertEquals(Optional.empty(), ApiTokens.fromAuthorization("Bearer " + token.substring(1)));
        assertEquals(Optional.empty(), ApiTokens.fromAuthorization("Bearer " + token + "x"));
        assertEquals(Optional.empty(), ApiTokens.fromAuthorization("Bearer " + token.replace(token.charAt(20), '+')));
        assertEquals(Optional.empty(), ApiTokens.fromAuthorization("Bearer xxxx_" + token.substring(5)));
    }

    @Test
    void onlyTheHashIsKeptAndItDependsOnEveryCharacter() {
        String token = ApiTokens.generate();
        String hash = ApiTokens.sha256(token);
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, ApiTokens.sha256(token));
        assertNotEquals(hash, ApiTokens.sha256(token.substring(0, 47) + (token.charAt(47) == 'A' ? 'B' : 'A')));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokens.sha256("abc"));
    }

    @Test
    void scopesByTheirIds() {
        assertEquals(Optional.of(ApiTokens.Scope.READER), ApiTokens.Scope.of("reader"));
        assertEquals(Optional.of(ApiTokens.Scope.ADMIN), ApiTokens.Scope.of("admin"));
        assertEquals(Optional.empty(), ApiTokens.Scope.of("ADMIN"));
        assertEquals(Optional.empty(), ApiTokens.Scope.of(null));
    }

    @Test
    void basicCredentialsAreSplitAtTheFirstColon() {
        assertEquals(Optional.of(new BasicCredentials("admin", "p:a:ss")), BasicCredentials.of(basic("admin:p:a:ss")));
        assertEquals(Optional.of(new BasicCredentials("Jörg", "")), BasicCredentials.of("basic " + b64("Jörg:")));
        assertEquals(Optional.empty(), BasicCredentials.of(basic(":password")), "no user name");
        assertEquals(Optional.empty(), BasicCredentials.of(basic("nocolon")));
        assertEquals(Optional.empty(), BasicCredentials.of("Basic %%%"));
        assertEquals(Optional.empty(), BasicCredentials.of("Bearer " + b64("a:b")));
        assertEquals(Optional.empty(), BasicCredentials.of(null));
        assertTrue(!BasicCredentials.of(basic("admin:secret")).get().toString().contains("secret"), "never in a log");
    }

    private static String basic(String credentials) {
        return "Basic " + b64(credentials);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
