package ru.navyk.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.Optional;
import ru.navyk.application.audit.AuditService;
import ru.navyk.application.audit.Changes;
import ru.navyk.domain.people.Account;
import ru.navyk.domain.people.AccountRepository;
import ru.navyk.domain.people.Role;

/** Creates the account {@code admin} on an installation that has none. */
@ApplicationScoped
public class FirstAdministrator {

    public static final String USERNAME = "admin";

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditService audit;

    /**
     * @return the generated password when none was configured and the account was created now; empty otherwise
     */
    @Transactional
    public Optional<String> createIfMissing(Optional<String> configuredPassword) {
        if (accounts.findByUsername(USERNAME).isPresent()) {
            return Optional.empty();
        }
        String password = configuredPassword.orElseGet(() -> PasswordHasher.randomPassword(16));
        Account admin = new Account(USERNAME, hasher.hash(password), null, EnumSet.of(Role.ADMIN));
        accounts.add(admin);
        audit.record(AuditService.SYSTEM, "CREATE", "Account", admin.getId(), USERNAME,
                new Changes().created("username", USERNAME).created("roles", Role.ADMIN.name()));
        return configuredPassword.isPresent() ? Optional.empty() : Optional.of(password);
    }
}
