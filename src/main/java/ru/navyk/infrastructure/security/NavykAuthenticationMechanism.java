package ru.navyk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.navyk.application.people.AccountService;
import ru.navyk.application.people.CurrentUser;
import ru.navyk.application.people.LoginResult;
import ru.navyk.application.people.Viewer;

/**
 * How callers prove who they are.
 * <ul>
 *   <li>Pages: the portal's own login form ({@code /login.xhtml}) calls {@code SecurityContext.authenticate}; on
 *       success the session id changes (no fixation) and the username is kept in the session, which is re-checked
 *       against the database on every request so a deactivated account or a changed role takes effect at once.
 *       A protected page without a session redirects to the login form.</li>
 *   <li>The REST API ({@code /api/*}): HTTP Basic with the same accounts (and the same lockout) or a personal token
 *       ({@code Authorization: Bearer nvk_…}); the API never accepts the page session, so a page cannot be used to
 *       forge API calls.</li>
 * </ul>
 */
@ApplicationScoped
public class NavykAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute holding the logged-in username. */
    public static final String SESSION_USER = "navyk.username";
    /** Session attribute holding the page to return to after login. */
    public static final String SESSION_NEXT = "navyk.next";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private AccountService accounts;

    @Inject
    private CurrentUser currentUser;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            return validateApiRequest(request, response, context);
        }
        if (context.isAuthenticationRequest()) {
            return login(request, context, context.getAuthParameters().getCredential());
        }
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<Viewer> viewer = accounts.activeViewer(username);
            if (viewer.isPresent()) {
                return loggedIn(context, viewer.get());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            String next = request.getRequestURI().substring(request.getContextPath().length())
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            request.getSession(true).setAttribute(SESSION_NEXT, next);
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
                                       Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        LoginResult result = accounts.login(password.getCaller(), password.getPasswordAsString());
        request.setAttribute(LoginResult.class.getName(), result);
        if (result.outcome() != LoginResult.Outcome.SUCCESS) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SESSION_USER, result.viewer().username());
        return context.notifyContainerAboutLogin(result.viewer().username(), groups(result.viewer()));
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        Optional<Viewer> viewer = Optional.empty();
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            viewer = basic(header.substring(6).strip());
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            viewer = accounts.authenticateToken(header.substring(7).strip());
        }
        if (viewer.isPresent()) {
            return loggedIn(context, viewer.get());
        }
        if (header != null || context.isProtected()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Navyk\", charset=\"UTF-8\"");
            return context.responseUnauthorized();
        }
        return context.doNothing();
    }

    private Optional<Viewer> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        LoginResult result = accounts.login(decoded.substring(0, colon), decoded.substring(colon + 1));
        return result.outcome() == LoginResult.Outcome.SUCCESS ? Optional.of(result.viewer()) : Optional.empty();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Tells the container who the caller is, and the request's {@link CurrentUser}, so it need not read them again. */
    private AuthenticationStatus loggedIn(HttpMessageContext context, Viewer viewer) {
        currentUser.authenticatedAs(viewer);
        return context.notifyContainerAboutLogin(viewer.username(), groups(viewer));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static Set<String> groups(Viewer viewer) {
        return viewer.roles().stream().map(Enum::name).collect(Collectors.toSet());
    }
}
