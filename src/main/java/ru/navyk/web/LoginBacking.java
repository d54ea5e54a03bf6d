package ru.navyk.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import ru.navyk.application.people.LoginResult;
import ru.navyk.infrastructure.security.NavykAuthenticationMechanism;

/** Serves {@code /login.xhtml}: the portal's own login form, and logging out. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LocaleBacking locale;

    @Inject
    private Messages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(new UsernamePasswordCredential(
                        username == null ? "" : username, password == null ? "" : password)));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            LoginResult result = (LoginResult) request.getAttribute(LoginResult.class.getName());
            locale.setLanguage(result.language());
            external.redirect(external.getRequestContextPath() + nextPage(request));
            context.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            LoginResult result = (LoginResult) request.getAttribute(LoginResult.class.getName());
            boolean locked = result != null && result.outcome() == LoginResult.Outcome.LOCKED;
            messages.add(null, FacesMessage.SEVERITY_ERROR, locked ? "login.locked" : "login.invalid");
        } else {
            context.responseComplete();
        }
    }

    /** Ends the session completely and returns to the login page. */
    public void logout() throws IOException, jakarta.servlet.ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + NavykAuthenticationMechanism.LOGIN_PAGE + "?out=1");
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Only a path inside the portal; anything else (another host, a scheme) goes home instead of redirecting. */
    private static String nextPage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object next = session == null ? null : session.getAttribute(NavykAuthenticationMechanism.SESSION_NEXT);
        if (session != null) {
            session.removeAttribute(NavykAuthenticationMechanism.SESSION_NEXT);
        }
        if (next instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith(NavykAuthenticationMechanism.LOGIN_PAGE)) {
            return path;
        }
        return "/me/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
