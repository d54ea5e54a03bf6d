package ru.navyk.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.navyk.application.training.CourseImportService;
import ru.navyk.infrastructure.importing.courses.ClasspathCourseFiles;
import ru.navyk.infrastructure.importing.courses.CourseFiles;
import ru.navyk.infrastructure.importing.courses.DirectoryCourseFiles;
import ru.navyk.infrastructure.scheduling.StartupLock;

/**
 * Imports the course files at every start, once the competency model is there (courses link to its items). Like the
 * model import, a failed import is logged and recorded, writes nothing, and does not stop the portal.
 */
@Singleton
@Startup
@DependsOn("ModelImportOnStartup")
@TransactionManagement(TransactionManagementType.BEAN)
public class CoursesOnStartup {

    private static final Logger LOG = Logger.getLogger(CoursesOnStartup.class.getName());

    @Inject
    private CourseImportService importer;

    @Inject
    @ConfigProperty(name = "navyk.courses.source", defaultValue = "classpath")
    private String source;

    @Inject
    private StartupLock startupLock;

    @PostConstruct
    void importCourses() {
        try {
            // Under the start-up lease, so two nodes starting together do not both import a new course.
            startupLock.runAlone("courses", () -> importer.importCourses(files()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The courses were not imported", e);
        }
    }

    private CourseFiles files() {
        return "classpath".equals(source) ? new ClasspathCourseFiles(CoursesOnStartup.class.getClassLoader())
                : new DirectoryCourseFiles(Path.of(source));
    }
}
