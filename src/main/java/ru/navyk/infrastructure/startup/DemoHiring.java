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
import ru.navyk.infrastructure.demo.DemoHiringLoader;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * With {@code NAVYK_DEMO=true}, adds the demo vacancies and candidates once the demo centre exists and no vacancy
 * does (so a demo database from before hiring existed gets them too, and nothing is ever added twice). A failure is
 * logged; the portal starts anyway.
 */
@Singleton
@Startup
@DependsOn("DemoOrganisation")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoHiring {

    private static final Logger LOG = Logger.getLogger(DemoHiring.class.getName());

    @Inject
    @ConfigProperty(name = "navyk.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private DemoHiringLoader loader;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void loadIfRequested() {
        if (!demo) {
            return;
        }
        try {
            // Under the start-up lease: the first node loads, the next finds vacancies and loads nothing.
            startupLock.runAlone("demo hiring", () -> {
                if (loader.loadIntoDemoWithoutVacancies()) {
                    LOG.info("Navyk demo: loaded the demo vacancies and candidates");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the demo vacancies could not be loaded; nothing of them was stored", e);
        }
    }
}
