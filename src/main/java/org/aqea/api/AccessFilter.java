package org.aqea.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.aqea.config.Settings;

/**
 * Who may do what: changes (every method but GET and HEAD) need the admin role; reading needs the reader or the
 * admin role, unless AQEA_OPEN_READ is true. The health check is always open.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    public static final String ADMIN_ROLE = "aqea-admin";
    public static final String READER_ROLE = "aqea-reader";

    @Override
    public void filter(ContainerRequestContext request) {
        String method = request.getMethod();
        boolean reading = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (reading && (Settings.openRead() || request.getUriInfo().getPath().replaceFirst("^/", "").startsWith("health"))) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (security.getUserPrincipal() == null) {
            Response.ResponseBuilder refusal = Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED,
                    "log in (HTTP Basic) as a user in role " + (reading ? READER_ROLE : ADMIN_ROLE)));
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
}
