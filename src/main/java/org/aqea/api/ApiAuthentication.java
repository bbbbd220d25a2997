package org.aqea.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.aqea.security.ApiTokens;
import org.aqea.security.BasicCredentials;
import org.aqea.store.security.TokenStore;
import org.aqea.store.security.ApiToken;

/**
 * Who calls: HTTP Basic against the server's user registry, an API token ({@code Bearer}), or the server itself
 * ({@link ServerCaller}). Each makes a container subject, so that Liberty's batch security sees the caller as it sees a
 * user. Nothing here refuses a request: without valid credentials the request goes on anonymous, and
 * {@link AccessFilter} answers 401 where a role is needed (with a problem document, and with the lock-out counting
 * failed log-ins).
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(ApiAuthentication.class.getName());

    @Inject
    TokenStore tokens;

    @Inject
    ServerCaller server;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            return context.doNothing();
        }
        Optional<String> token = ApiTokens.fromAuthorization(authorization);
        if (token.isPresent()) {
            if (server.is(token.get())) {
                return context.notifyContainerAboutLogin(ServerCaller.NAME, Set.of(AccessFilter.ADMIN_ROLE));
            }
            Optional<ApiToken> row = tokens.authenticate(token.get());
            if (row.isEmpty()) {
                return context.doNothing();
            }
            String group = row.get().scope().equals(ApiTokens.Scope.ADMIN.id()) ? AccessFilter.ADMIN_ROLE : AccessFilter.READER_ROLE;
            return context.notifyContainerAboutLogin(ApiTokens.CALLER_PREFIX + row.get().name(), Set.of(group));
        }
        Optional<BasicCredentials> basic = BasicCredentials.of(authorization);
        if (basic.isEmpty()) {
            return context.doNothing();
        }
        // The registry (server.xml) checks the password and gives the user's groups to the subject.
        PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(), basic.get().user(),
                basic.get().password().toCharArray());
        try {
            context.getHandler().handle(new Callback[] {check});
        } catch (IOException | UnsupportedCallbackException e) {
            LOG.log(Level.WARNING, "the user registry could not check a password", e);
            return context.doNothing();
        } finally {
            check.clearPassword();
        }
        return check.getResult() ? AuthenticationStatus.SUCCESS : context.doNothing();
    }
}
