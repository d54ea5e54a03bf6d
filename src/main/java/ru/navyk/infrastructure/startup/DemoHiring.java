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

    @PostConstruct
    void loadIfRequested() {
        if (!demo) {
            return;
        }
        try {
            if (loader.loadIntoDemoWithoutVacancies()) {
                LOG.info("Navyk demo: loaded the demo vacancies and candidates");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the demo vacancies could not be loaded; nothing of them was stored", e);
        }
    }
}
