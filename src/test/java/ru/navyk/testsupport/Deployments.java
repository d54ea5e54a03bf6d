package ru.navyk.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The Arquillian deployment: the WAR the build produced (never a hand-assembled copy), plus the test classes that
 * run inside it.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWarWith(Class<?>... testClasses) {
        String war = System.getProperty("navyk.war", "target/navyk.war");
        return ShrinkWrap.create(ZipImporter.class, "navyk.war")
                .importFrom(new File(war))
                .as(WebArchive.class)
                .addClasses(testClasses);
    }
}
