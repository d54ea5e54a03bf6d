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
import ru.navyk.infrastructure.demo.DemoTrainingLoader;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * With {@code NAVYK_DEMO=true}, adds the demo centre's training data (assignments, passed attempts, an upcoming
 * event) once, after the demo organisation and the courses exist. A failure is logged and leaves nothing behind.
 */
@Singleton
@Startup
@DependsOn({"DemoOrganisation", "CoursesOnStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoTraining {

    private static final Logger LOG = Logger.getLogger(DemoTraining.class.getName());

    @Inject
    @ConfigProperty(name = "navyk.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private DemoTrainingLoader loader;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void loadIfRequested() {
        if (!demo) {
            return;
        }
        try {
            // Under the start-up lease: the first node loads, the next finds the training demo and loads nothing.
            startupLock.runAlone("demo training", () -> {
                if (loader.loadOnce()) {
                    LOG.info("Navyk demo: loaded the training demo (assignments, passed tests, an upcoming event)");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the training demo could not be loaded; nothing of it was stored", e);
        }
    }
}
