package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.competency.CompetencyModelImportService;
import ru.navyk.infrastructure.importing.model.ClasspathModelFiles;
import ru.navyk.infrastructure.importing.model.DirectoryModelFiles;
import ru.navyk.infrastructure.importing.model.ModelFiles;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * Imports the competency model at every start, after the schema migration. A failed import is logged and recorded
 * but does not stop the portal: it keeps serving the version it had.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class ModelImportOnStartup {

    @Inject
    private CompetencyModelImportService importService;

    @Inject
    @ConfigProperty(name = "navyk.model.source", defaultValue = "classpath")
    private String modelSource;

    @Inject
    private StartupLock startupLock;

    /** Nodes of a cluster import one after another; the later ones find the files unchanged. */
    @PostConstruct
    void importModel() {
        startupLock.runAlone("model import", () -> importService.importModel(files()));
    }

    private ModelFiles files() {
        return "classpath".equals(modelSource)
                ? new ClasspathModelFiles(ModelImportOnStartup.class.getClassLoader())
                : new DirectoryModelFiles(Path.of(modelSource));
    }
}
