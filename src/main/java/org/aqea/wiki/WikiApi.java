package org.aqea.wiki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;

/**
 * A client of a wiki's Action API ({@code api.php}) that keeps Wikimedia's rules for API clients: a User-Agent naming
 * the product and the operator, one request at a time, {@code maxlag=5} and the {@code Retry-After} the wiki answers
 * a lag with, backing off on 429, 503 and broken connections (5 s doubling up to 5 minutes, or the wiki's
 * {@code Retry-After} when longer), gzip, and a budget of requests after which it refuses to send more.
 */
public final class WikiApi {

    private static final Logger LOG = Logger.getLogger(WikiApi.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAXLAG_SECONDS = 5;

    /** How a client waits, and how much it may ask. */
    public record Politeness(Duration firstBackoff, Duration longestBackoff, int attemptsPerRequest, int requestBudget) {

        /** Wikimedia's advice: at least 5 s after a lag error, never a busy loop; a lasting outage fails the run. */
        public static Politeness wikimedia(int requestBudget) {
            return new Politeness(Duration.ofSeconds(5), Duration.ofMinutes(5), 10, requestBudget);
        }
    }

    /** Waits between attempts; the tests' clock records the waits instead of spending them. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final URI endpoint;
    private final String userAgent;
    private final Politeness politeness;
    private final Pause pause;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private int requests;

    /**
     * @param endpoint  the wiki's {@code api.php}
     * @param userAgent the product, its version and the operator's contact
     */
    public WikiApi(URI endpoint, String userAgent, Politeness politeness, Pause pause) {
        this.endpoint = endpoint;
        this.userAgent = userAgent;
        this.politeness = politeness;
        this.pause = pause;
    }

    /** The HTTP requests sent so far, attempts that failed included. */
    public synchronized int requests() {
        return requests;
    }

    /** Whether this many more requests fit in the budget. */
    public synchronized boolean affords(int more) {
        return requests + more <= politeness.requestBudget();
    }

    /**
     * A query ({@code action=query}, JSON, format version 2) with these parameters; waits and asks again on a lag, a
     * 429 or 503 answer or a broken connection.
     *
     * @throws WikiApiException when the wiki answers with an error, the attempts or the budget are spent
     */
    public synchronized JsonNode query(Map<String, String> parameters) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("action", "query");
        all.put("format", "json");
        all.put("formatversion", "2");
        all.put("maxlag", Integer.toString(MAXLAG_SECONDS));
        all.putAll(parameters);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?" + encode(all)))
                .timeout(Duration.ofMinutes(2))
                .header("User-Agent", userAgent)
                .header("Accept-Encoding", "gzip")
                .GET().build();
        Duration backoff = politeness.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            if (requests >= politeness.requestBudget()) {
                throw new WikiApiException("the budget of " + politeness.requestBudget() + " requests to " + endpoint
                        + " is spent");
            }
            requests++;
            Optional<Duration> wait;
            String problem;
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                OptionalLong retryAfter = response.headers().firstValue("Retry-After").flatMap(WikiApi::seconds)
                        .map(OptionalLong::of).orElse(OptionalLong.empty());
                if (status == 429 || status == 503) {
                    response.body().close();
                    problem = "HTTP " + status;
                    wait = Optional.of(longer(backoff, retryAfter));
                } else if (status != 200) {
                    String body = new String(body(response).readNBytes(300), StandardCharsets.UTF_8);
                    throw new WikiApiException(endpoint + " answered HTTP " + status + ": " + body.strip());
                } else {
                    JsonNode answer;
                    try (InputStream body = body(response)) {
                        answer = JSON.readTree(body);
                    }
                    JsonNode error = answer.path("error");
                    if (error.isMissingNode()) {
                        return answer;
                    }
                    String code = error.path("code").asText();
                    if (!code.equals("maxlag") && !code.equals("ratelimited")) {
                        throw new WikiApiException(endpoint + " refused the query: " + code + ": " + error.path("info").asText());
                    }
                    problem = code + " (" + error.path("info").asText() + ")";
                    // A lag is waited out as the wiki says, at least the first backoff: it passes, it is no outage.
                    wait = Optional.of(code.equals("maxlag") ? longer(politeness.firstBackoff(), retryAfter) : longer(backoff, retryAfter));
                }
            } catch (IOException e) {
                if (e instanceof WikiApiException refused) {
                    throw refused;
                }
                problem = "connection failed: " + e;
                wait = Optional.of(backoff);
            }
            if (attempt >= politeness.attemptsPerRequest()) {
                throw new WikiApiException(endpoint + " still fails after " + attempt + " attempts: " + problem);
            }
            Duration waiting = wait.get();
            String why = problem;
            LOG.info(() -> endpoint + ": " + why + "; asking again in " + waiting.toSeconds() + " s");
            pause.sleep(waiting);
            if (!problem.startsWith("maxlag")) {
                backoff = backoff.multipliedBy(2).compareTo(politeness.longestBackoff()) > 0
                        ? politeness.longestBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private static Duration longer(Duration backoff, OptionalLong retryAfter) {
        return retryAfter.isPresent() && retryAfter.getAsLong() > backoff.toSeconds() ? Duration.ofSeconds(retryAfter.getAsLong()) : backoff;
    }

    private static Optional<Long> seconds(String value) {
        try {
            return Optional.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: the backoff applies
        }
    }

    private static InputStream body(HttpResponse<InputStream> response) throws IOException {
        boolean gzip = response.headers().firstValue("Content-Encoding").map(e -> e.equalsIgnoreCase("gzip")).orElse(false);
        return gzip ? new GZIPInputStream(response.body()) : response.body();
    }

    private static String encode(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }
}
