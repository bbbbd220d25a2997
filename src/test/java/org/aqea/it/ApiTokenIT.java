package org.aqea.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.aqea.testing.DumpFiles;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scripts log in with API tokens: created by an admin and shown once, kept only as a hash, scoped reader or admin,
 * revocable; a token's caller is a container caller, so that an admin token starts a job through Liberty's batch
 * security like the admin user.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiTokenIT {

    private final ApiClient admin = ApiClient.admin();

    @Test
    void aReaderTokenReadsAndChangesNothing() throws Exception {
        String token = create("nightly report", "reader");
        ApiClient script = ApiClient.withToken(token);

        JsonNode me = script.get("/api/me").body();
        assertEquals("token:nightly report", me.get("user").asText(), me::toString);
        assertEquals("[\"aqea-reader\"]", me.get("roles").toString());
        assertEquals(200, script.get("/api/status").status());

        ApiClient.Answer start = script.postJson("/api/jobs", "{\"source\":\"journal\"}");
        assertEquals(403, start.status(), () -> String.valueOf(start.body()));
        assertEquals(403, script.get("/api/tokens").status(), "only admins see the tokens");
        assertEquals(403, script.postJson("/api/tokens", "{\"name\":\"x\",\"scope\":\"admin\"}").status(),
                "a reader token cannot make itself an admin token");
    }

    @Test
    void anAdminTokenStartsAJobThroughLibertysBatchSecurity() throws Exception {
        Database.clear();
        List<DumpFiles.Page> pages = Jobs.pages(300, 61);
        Path dump = Jobs.bz2("token.xml.bz2", pages);
        ApiClient script = ApiClient.withToken(create("ci deploy", "admin"));

        ApiClient.Answer started = script.postJson("/api/jobs", Jobs.request(dump, ""));
        assertEquals(202, started.status(), () -> String.valueOf(started.body()));
        JsonNode job = Jobs.awaitEnd(script, started.body().get("executionId").asLong(), 300);
        assertEquals("COMPLETED", job.get("status").asText(), job::toString);
        assertEquals(Jobs.expectedEntries(pages), Database.count("SELECT count(*) FROM entry"));
    }

    @Test
    void aTokenIsShownOnceKeptAsItsHashAndWorksUntilRevoked() throws Exception {
        ApiClient.Answer created = admin.post("/api/tokens", "{\"name\":\"exporter\",\"scope\":\"reader\",\"expiresInDays\":30}");
        assertEquals(201, created.status(), () -> String.valueOf(created.body()));
        String token = created.body().get("token").asText();
        long id = created.body().get("id").asLong();
        assertTrue(token.matches("aqea_[A-Za-z0-9_-]{43}"), token);
        assertEquals("active", created.body().get("status").asText());
        assertEquals("admin", created.body().get("createdBy").asText());

        assertEquals(1, Database.count("SELECT count(*) FROM api_token WHERE token_sha256 = '" + sha256(token) + "'"));
        assertEquals(0, Database.count("SELECT count(*) FROM api_token WHERE concat_ws(' ', name, scope, token_sha256, "
                + "created_by) LIKE '%" + token.substring(5) + "%'"), "the token itself is stored nowhere");

        ApiClient script = ApiClient.withToken(token);
        assertEquals(200, script.get("/api/status").status());
        JsonNode listed = find(admin.get("/api/tokens").body(), id);
        assertFalse(listed.has("token"), "a list never shows a token");
        assertFalse(listed.get("lastUsedAt").isNull(), listed::toString);
        assertTrue(listed.get("expiresAt").asText().compareTo(listed.get("createdAt").asText()) > 0, listed::toString);

        ApiClient.Answer revoked = admin.delete("/api/tokens/" + id);
        assertEquals(200, revoked.status(), () -> String.valueOf(revoked.body()));
        assertEquals("revoked", revoked.body().get("status").asText());
        ApiClient.Answer refused = script.get("/api/status");
        assertEquals(401, refused.status());
        assertTrue(refused.body().get("detail").asText().contains("unknown, revoked or expired"), refused.body()::toString);
        assertEquals("revoked", find(admin.get("/api/tokens").body(), id).get("status").asText(), "kept for the audit trail");
        assertEquals(404, admin.delete("/api/tokens/999999999").status());
    }

    @Test
    void wrongTokensAndRequestsAreRefusedWithTheirReason() {
        assertEquals(401, ApiClient.withToken("aqea_" + "A".repeat(43)).get("/api/status").status());
        assertEquals(401, ApiClient.withToken("not-a-token").get("/api/status").status());
        for (String body : List.of("{\"name\":\"\",\"scope\":\"reader\"}", "{\"name\":\"x\",\"scope\":\"root\"}",
                "{\"name\":\"x\",\"scope\":\"reader\",\"expiresInDays\":0}", "{\"name\":\"" + "n".repeat(101) + "\",\"scope\":\"reader\"}",
                "{\"name\":\"x\",\"scope\":\"reader\",\"expiresInDays\":\"soon\"}")) {
            ApiClient.Answer answer = admin.post("/api/tokens", body);
            assertEquals(400, answer.status(), () -> body + " -> " + answer.body());
            assertTrue(answer.contentType().startsWith("application/problem+json"), answer::toString);
        }
        ApiClient.Answer reader = ApiClient.reader().post("/api/tokens", "{\"name\":\"x\",\"scope\":\"reader\"}");
        assertEquals(403, reader.status());
        assertEquals(403, ApiClient.reader().get("/api/tokens").status());
    }

    private String create(String name, String scope) {
        ApiClient.Answer created = admin.post("/api/tokens", "{\"name\":\"" + name + "\",\"scope\":\"" + scope + "\"}");
        assertEquals(201, created.status(), () -> String.valueOf(created.body()));
        return created.body().get("token").asText();
    }

    private static JsonNode find(JsonNode tokens, long id) {
        for (JsonNode token : tokens) {
            if (token.get("id").asLong() == id) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " not listed in " + tokens);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
