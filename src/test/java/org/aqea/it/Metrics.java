package org.aqea.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aqea.testing.SecurePort;

/** Reading the server's Prometheus metrics. */
final class Metrics {

    private Metrics() {
    }

    /** The application's metrics, as Prometheus text, read as the reader user (over HTTPS, as Prometheus would). */
    static String application() throws IOException {
        return metrics("/metrics?scope=application");
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

    static String get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    static int status(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ApiClient.BASE + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
