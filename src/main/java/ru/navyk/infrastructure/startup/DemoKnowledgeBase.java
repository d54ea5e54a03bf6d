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
import ru.navyk.infrastructure.demo.DemoKnowledgeBaseLoader;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * With {@code NAVYK_DEMO=true}, adds the demo acknowledgement campaigns once the demo centre and the shipped articles
 * are in place (and only if there is no campaign yet). A failure is logged and leaves nothing behind.
 */
@Singleton
@Startup
@DependsOn({"DemoOrganisation", "KnowledgeBaseImportOnStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoKnowledgeBase {

    private static final Logger LOG = Logger.getLogger(DemoKnowledgeBase.class.getName());

    @Inject
    @ConfigProperty(name = "navyk.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private DemoKnowledgeBaseLoader loader;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void loadIfRequested() {
        if (!demo) {
            return;
        }
        try {
            // Under the start-up lease: the first node adds the campaigns, the next finds them.
            startupLock.runAlone("demo knowledge base", () -> {
                if (loader.loadIfMissing()) {
                    LOG.info("Navyk demo: added two knowledge-base acknowledgement campaigns");
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Navyk demo: the knowledge-base campaigns could not be added", e);
        }
    }
}
