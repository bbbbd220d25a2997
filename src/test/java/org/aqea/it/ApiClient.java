package org.aqea.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.aqea.testing.Secrets;

/** Calls the server's REST API as a given user. */
final class ApiClient {

    static final String BASE = "http://localhost:" + System.getProperty("aqea.http.port", "9080");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String authorization;

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    private static String basic(String user, String password) {
        return user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same caller, to another server (e.g. {@code http://localhost:19080}). */
    ApiClient at(String otherBase) {
        return new ApiClient(otherBase, authorization);
    }

    /** A script with an API token: changes carry no header against cross-site requests (a token needs none). */
    static ApiClient withToken(String token) {
        return new ApiClient(BASE, "Bearer " + token);
    }

    static ApiClient admin() {
        return as("admin", secret("AQEA_ADMIN_PASSWORD"));
    }

    static ApiClient reader() {
        return as("reader", secret("AQEA_READER_PASSWORD"));
    }

    static ApiClient as(String user, String password) {
        return new ApiClient(BASE, basic(user, password));
    }

    static ApiClient anonymous() {
        return new ApiClient(BASE, null);
    }

    record Answer(int status, String contentType, String location, JsonNode body) {
    }

    /**
     * Waits until this client's server answers {@code /api/health} with 200 (both databases, the migrations, the
     * batch runtime), three minutes at most; fails at once when {@code running} says the server's process is gone.
     * A test class that may run first, while a slow start still migrates, waits so before it touches the tables.
     */
    void awaitHealthy(BooleanSupplier running) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        int status = -1;
        while (System.currentTimeMillis() < deadline) {
            if (!running.getAsBoolean()) {
                throw new AssertionError("the server exited while starting: see its log");
            }
            try {
                status = get("/api/health").status();
            } catch (IllegalStateException notYet) {
                status = -1;
            }
            if (status == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server was not healthy within three minutes: /api/health answered " + status);
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A change as scripts send it: JSON, with the header that defends against cross-site requests. */
    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-Requested-With", "aqea-tests")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A change as a script with a token sends it: JSON, no other header. */
    Answer postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-Requested-With", "aqea-tests")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) {
        return send(request(path).header("X-Requested-With", "aqea-tests").DELETE());
    }

    /** A change as a cross-site form would send it: no custom header, any content type. */
    Answer postAsForm(String path, String body) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A GET with extra headers (name, value, name, value ...), answered as it came. */
    HttpResponse<String> getWith(String path, String... headers) {
        return getWith(path, HttpResponse.BodyHandlers.ofString(), headers);
    }

    HttpResponse<byte[]> getBytesWith(String path, String... headers) {
        return getWith(path, HttpResponse.BodyHandlers.ofByteArray(), headers);
    }

    private <T> HttpResponse<T> getWith(String path, HttpResponse.BodyHandler<T> body, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(builder.build(), body);
        } catch (IOException e) {
            throw new IllegalStateException("calling the API: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The answer's headers to a GET. */
    java.net.http.HttpHeaders headers(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new IllegalStateException("calling the API: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
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
        return Secrets.value(variable);
    }
}
