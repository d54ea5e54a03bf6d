package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.infrastructure.scheduling.StartupLock;
import ru.navyk.infrastructure.security.FirstAdministrator;

/**
 * There is no default password: on the first start the account {@code admin} gets the password from
 * {@code NAVYK_ADMIN_PASSWORD}, or a random one that is written to the log once.
 */
@Singleton
@Startup
@DependsOn("ModelImportOnStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    private FirstAdministrator firstAdministrator;

    @Inject
    @ConfigProperty(name = "navyk.admin.password")
    private Optional<String> configuredPassword;

    @Inject
    private StartupLock startupLock;

    /**
     * Under the start-up lease, so that two nodes starting together on an empty database create one {@code admin};
     * bean-managed, so the account is committed before the lease passes to the next node.
     */
    @PostConstruct
    void createAdministratorIfNone() {
        startupLock.runAlone("first administrator", () -> firstAdministrator
                .createIfMissing(configuredPassword.filter(p -> !p.isBlank()))
                .ifPresent(generated -> LOG.warning(() -> "\n\n  Navyk created the account 'admin' with the one-time"
                        + " password:\n\n      " + generated + "\n\n  Log in and change it (My profile). It is not"
                        + " shown again. Set NAVYK_ADMIN_PASSWORD to choose it instead.\n")));
    }
}
