package org.aqea.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Calls to the server's HTTPS port on loopback (Liberty's batch API, /metrics), whose certificate Liberty generated
 * itself: trusted for localhost only, in the tests only.
 */
public final class SecurePort {

    public static final String BASE = "https://localhost:" + System.getProperty("aqea.https.port", "9443");

    public record Answer(int status, String body) {
    }

    private SecurePort() {
    }

    /** A call as the user ({@code null} for none), with a JSON body or none. */
    public static Answer call(String method, String path, String user, String password, String json) throws IOException {
        HttpsURLConnection connection = (HttpsURLConnection) new URL(BASE + path).openConnection();
        connection.setSSLSocketFactory(trustingLocalhost().getSocketFactory());
        connection.setHostnameVerifier((host, session) -> host.equals("localhost"));
        connection.setRequestMethod(method);
        if (user != null) {
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        }
        int status = connection.getResponseCode();
        InputStream body = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
        return new Answer(status, body == null ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }

    private static SSLContext trustingLocalhost() {
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
