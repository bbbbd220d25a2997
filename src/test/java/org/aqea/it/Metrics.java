package org.aqea.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.devenv.ServerProcess;
import org.aqea.testing.SecurePort;

/**
 * Reading the server's Prometheus metrics and health: Liberty serves them on the application's ports (metrics over
 * HTTPS to a user), WildFly on its management port (the job counters at {@code /prometheus}).
 */
final class Metrics {

    static final boolean WILDFLY = ServerProcess.wildFlyUnderTest();
    private static final String MANAGEMENT = "http://localhost:9990";

    private Metrics() {
    }

    /** The application's metrics, as Prometheus text (on Liberty read as the reader user, over HTTPS, as Prometheus would). */
    static String application() throws IOException, InterruptedException {
        return WILDFLY ? send(MANAGEMENT + "/prometheus", HttpResponse.BodyHandlers.ofString()).body()
                : metrics("/metrics?scope=application");
    }

    /** A page of /metrics as the reader user. */
    static String metrics(String path) throws IOException {
        SecurePort.Answer answer = SecurePort.call("GET", path, "reader", ApiClient.secret("AQEA_READER_PASSWORD"), null);
        if (answer.status() != 200) {
            throw new IOException(path + " answered " + answer.status());
        }
        return answer.body();
    }

    /** Sum of a counter over the partitions of one execution. */
    static long sum(String metrics, String name, long executionId) {
        Matcher line = Pattern.compile("^" + name + "\\{([^}]*)} ([0-9.eE+]+)$", Pattern.MULTILINE).matcher(metrics);
        double total = 0;
        while (line.find()) {
            if (line.group(1).contains("execution=\"" + executionId + "\"")) {
                total += Double.parseDouble(line.group(2));
            }
        }
        return Math.round(total);
    }

    /** A health page ({@code /health/ready}) as its server serves it. */
    static String health(String path) throws IOException, InterruptedException {
        return send(healthBase() + path, HttpResponse.BodyHandlers.ofString()).body();
    }

    static int healthStatus(String path) throws IOException, InterruptedException {
        return send(healthBase() + path, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String healthBase() {
        return WILDFLY ? MANAGEMENT : ApiClient.BASE;
    }

    private static <T> HttpResponse<T> send(String url, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), body);
    }
}
