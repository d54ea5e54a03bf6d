package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.infrastructure.demo.DemoQualificationLoader;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * With {@code NAVYK_DEMO=true}, adds the demo centre's qualification history (level decisions, review ratings, an
 * agreed development plan) after the demo organisation, once: a later start finds the decisions and adds nothing.
 * A failure is logged and leaves nothing half-written; the portal starts anyway.
 */
@Singleton
@Startup
@DependsOn("DemoOrganisation")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoQualificationOnStartup {

    private static final Logger LOG = Logger.getLogger(DemoQualificationOnStartup.class.getName());

    @Inject
    @ConfigProperty(name = "navyk.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private DemoQualificationLoader loader;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void loadIfRequested() {
        if (!demo) {
            return;
        }
        try {
            // Under the start-up lease: the first node loads, the next finds the history and loads nothing.
            startupLock.runAlone("demo qualification", () -> {
                if (loader.loadOnce()) {
                    LOG.info("Navyk demo: loaded level decisions, review ratings and a development plan");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the qualification history could not be loaded; nothing of it was"
                    + " stored", e);
        }
    }
}
