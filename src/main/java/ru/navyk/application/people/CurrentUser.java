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

/** The authenticated caller of this request, read once per request from the security context and the database. */
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountRepository accounts;

    private Viewer viewer;
    private boolean resolved;

    /** The caller; refuses when nobody (or a deactivated account) is logged in. */
    public Viewer viewer() {
        return optionalViewer().orElseThrow(() -> new AccessDeniedException("not authenticated"));
    }

    @Transactional
    public Optional<Viewer> optionalViewer() {
        if (!resolved) {
            resolved = true;
            Principal principal = securityContext.getCallerPrincipal();
            viewer = principal == null ? null : accounts.findByUsername(principal.getName())
                    .filter(Account::isActive)
                    .map(CurrentUser::toViewer)
                    .orElse(null);
        }
        return Optional.ofNullable(viewer);
    }

    static Viewer toViewer(Account account) {
        return new Viewer(account.getId(), account.getUsername(),
                account.getPerson() == null ? null : account.getPerson().getId(), account.getRoles());
    }
}
