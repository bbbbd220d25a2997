package org.aqea.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the server's REST API as a given user. */
final class ApiClient {

    static final String BASE = "http://localhost:" + System.getProperty("aqea.http.port", "9080");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String authorization;

    private ApiClient(String user, String password) {
        this.authorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static ApiClient admin() {
        return new ApiClient("admin", secret("AQEA_ADMIN_PASSWORD"));
    }

    static ApiClient reader() {
        return new ApiClient("reader", secret("AQEA_READER_PASSWORD"));
    }

    static ApiClient anonymous() {
        return new ApiClient(null, null);
    }

    record Answer(int status, String contentType, String location, JsonNode body) {
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    body == null || body.isBlank() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("calling the API: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String secret(String variable) {
        String fromEnvironment = System.getenv(variable);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        try {
            return Files.readString(Path.of(System.getProperty("aqea.secrets.dir"), variable)).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no " + variable + " in the environment or the secrets folder", e);
        }
    }
}
