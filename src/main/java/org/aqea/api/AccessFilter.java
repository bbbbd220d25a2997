package org.aqea.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.OptionalLong;
import java.util.Set;
import org.aqea.config.Settings;
import org.aqea.security.ApiTokens;
import org.aqea.security.BasicCredentials;
import org.aqea.security.ClientAddress;
import org.aqea.security.LoginLockout;
import org.aqea.security.RateLimiter;

/**
 * Who may do what: changes (every method but GET and HEAD) need the admin role; reading needs the reader or the
 * admin role, unless AQEA_OPEN_READ is true. The health check is always open; the registry's heads and key
 * ({@link #OPEN_PATHS}) too, within the rate limit. A change must also carry the header
 * {@value #CSRF_HEADER} (any value): a page of another site cannot send it without the server's consent (CORS
 * preflight, which this server never gives), so a browser holding the admin's credentials cannot be made to start,
 * stop or restart a job by a cross-site form. Each client (address and user name) has a request rate
 * ({@code AQEA_RATE_LIMIT} a second, bursts of twice that) and is answered 429 with {@code Retry-After} above it;
 * after {@code AQEA_LOGIN_MAX_FAILURES} failed log-ins in a row, a user name is locked out from that address for
 * {@code AQEA_LOGIN_LOCKOUT_SECONDS}. Callers are authenticated before this filter, by {@link ApiAuthentication}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    public static final String ADMIN_ROLE = "aqea-admin";
    public static final String READER_ROLE = "aqea-reader";
    public static final String CSRF_HEADER = "X-Requested-With";
    /** Read by anybody, within the rate limit: the registry's signed heads and key, published for third parties. */
    public static final Set<String> OPEN_PATHS = Set.of("registry/head", "registry/heads", "registry/key");

    private final ClientAddress clients = new ClientAddress(Settings.trustedProxies());
    private final RateLimiter rateLimiter = new RateLimiter(Settings.rateLimit(), 2 * Settings.rateLimit(), 100_000);
    private final LoginLockout lockout = new LoginLockout(Settings.loginMaxFailures(),
            Settings.loginLockout().toNanos(), 100_000);

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean reading = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        String path = request.getUriInfo().getPath().replaceFirst("^/", "");
        if (reading && path.startsWith("health")) {
            return;
        }
        String address = clients.of(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String user = BasicCredentials.of(authorization).map(BasicCredentials::user).orElse(null);
        long now = System.nanoTime();
        // By address alone: a client that claims a new user name in every request gets no new bucket.
        OptionalLong wait = rateLimiter.acquire(address, now);
        if (wait.isPresent()) {
            request.abortWith(tooMany("more than " + Settings.rateLimit() + " requests a second from this client; "
                    + "try again in " + wait.getAsLong() + " s", wait.getAsLong()));
            return;
        }
        if (user != null) {
            OptionalLong locked = lockout.locked(address, user, now);
            if (locked.isPresent()) {
                request.abortWith(tooMany("too many failed log-ins of user '" + user + "' from this address; try again in "
                        + locked.getAsLong() + " s", locked.getAsLong()));
                return;
            }
            if (request.getSecurityContext().getUserPrincipal() == null) {
                lockout.failed(address, user, now);
            } else {
                lockout.succeeded(address, user);
            }
        }
        if (reading && (Settings.openRead() || OPEN_PATHS.contains(path))) {
            return;
        }
        // A browser never adds a token by itself, so a change made with one cannot come from another site.
        boolean byToken = ApiTokens.fromAuthorization(authorization).isPresent();
        if (!reading && !byToken && request.getHeaderString(CSRF_HEADER) == null) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "a change needs the header " + CSRF_HEADER
                    + " (any value, e.g. -H '" + CSRF_HEADER + ": curl'): a defence against cross-site requests"));
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Response.ResponseBuilder refusal = Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                    (byToken ? "the token is unknown, revoked or expired; " : "")
                    + "log in (HTTP Basic) as a user in role " + (reading ? READER_ROLE : ADMIN_ROLE)
                    + ", or send an API token of that scope (Authorization: Bearer aqea_...)"));
            // The dashboard has its own log-in form: no challenge for it, or the browser would open its dialog.
            if (request.getHeaderString("X-Requested-With") == null) {
                refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"aqea\"");
            }
            request.abortWith(refusal.build());
            return;
        }
        boolean allowed = security.isUserInRole(ADMIN_ROLE) || (reading && security.isUserInRole(READER_ROLE));
        if (!allowed) {
            request.abortWith(Problem.response(Response.Status.FORBIDDEN, "user '"
                    + security.getUserPrincipal().getName() + "' is not in role " + (reading ? READER_ROLE : ADMIN_ROLE)));
        }
    }

    private static Response tooMany(String detail, long retryAfterSeconds) {
        return Response.fromResponse(Problem.response(Response.Status.TOO_MANY_REQUESTS, detail))
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds).build();
    }
}
