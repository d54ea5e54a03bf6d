package ru.navyk.application.people;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.Optional;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.shared.AccessDeniedException;

/**
 * The authenticated caller of this request, read once per request from the security context and the database. When
 * the authentication mechanism has just read the same account to authenticate this request, it hands the caller over
 * ({@link #authenticatedAs}) and the account is not read a second time.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountRepository accounts;

    private Viewer viewer;
    private boolean resolved;
    private Viewer authenticated;

    /**
     * The caller as the authentication mechanism read it, from the database, for this request. Used only when the
     * security context names the same caller.
     */
    public void authenticatedAs(Viewer caller) {
        authenticated = caller;
    }

    /** The caller; refuses when nobody (or a deactivated account) is logged in. */
    public Viewer viewer() {
        return optionalViewer().orElseThrow(() -> new AccessDeniedException("not authenticated"));
    }

    @Transactional
    public Optional<Viewer> optionalViewer() {
        if (!resolved) {
            resolved = true;
            Principal principal = securityContext.getCallerPrincipal();
            if (principal != null && authenticated != null && authenticated.username().equals(principal.getName())) {
                viewer = authenticated;
                return Optional.of(viewer);
            }
            viewer = principal == null ? null : accounts.findByUsername(principal.getName())
                    .filter(Account::isActive)
                    .map(CurrentUser::toViewer)
                    .orElse(null);
        }
        return Optional.ofNullable(viewer);
    }

    static Viewer toViewer(Account account) {
        return new Viewer(account.getId(), account.getUsername(), account.getPersonId(), account.getRoles());
    }
}
