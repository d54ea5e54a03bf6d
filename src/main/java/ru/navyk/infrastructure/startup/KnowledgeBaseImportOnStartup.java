package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.knowledge.KnowledgeImportService;
import ru.navyk.infrastructure.importing.kb.ContentFiles;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * Imports the knowledge-base articles at every start, after the competency model (links are checked against it).
 * Like the model import, a failure is logged with every problem and does not stop the portal.
 */
@Singleton
@Startup
@DependsOn("ModelImportOnStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class KnowledgeBaseImportOnStartup {

    private static final Logger LOG = Logger.getLogger(KnowledgeBaseImportOnStartup.class.getName());

    @Inject
    private KnowledgeImportService importService;

    @Inject
    @ConfigProperty(name = "navyk.content.source", defaultValue = "classpath")
    private String contentSource;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void importArticles() {
        try {
            boolean classpath = "classpath".equals(contentSource);
            Map<String, byte[]> files = classpath
                    ? ContentFiles.fromClasspath(KnowledgeBaseImportOnStartup.class.getClassLoader())
                    : ContentFiles.fromFolder(Path.of(contentSource).resolve("kb"));
            // Under the start-up lease, so two nodes starting together do not both add an article or revision.
            startupLock.runAlone("knowledge base import",
                    () -> importService.importFiles(files, classpath ? "classpath:content/kb" : contentSource + "/kb"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Knowledge base content could not be imported; nothing of it was stored", e);
        }
    }
}
