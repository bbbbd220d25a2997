package org.aqea.api;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aqea.config.Settings;

/**
 * Security headers on every answer of the application, dashboard and API alike: scripts and styles only from the
 * application itself (the dashboard has no inline script), no framing, no content sniffing, no referrer. When the
 * server listens beyond loopback ({@code AQEA_HOST}), plain HTTP is redirected to HTTPS (passwords must not cross
 * a network in clear) and HTTPS answers carry HSTS.
 */
@WebFilter("/*")
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final boolean HTTPS_ONLY = !Settings.listensOnLoopbackOnly();

    @Inject
    ServerCaller server;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (HTTPS_ONLY) {
            // The server's call of its own API goes from this host to itself and crosses no network.
            if (!request.isSecure() && !server.sent(request.getHeader("Authorization"))) {
                String query = request.getQueryString();
                response.setHeader("Location", "https://" + request.getServerName() + ":" + Settings.httpsPort()
                        + request.getRequestURI() + (query == null ? "" : "?" + query));
                // 308 keeps the method and body of a POST.
                response.setStatus(308);
                return;
            }
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
