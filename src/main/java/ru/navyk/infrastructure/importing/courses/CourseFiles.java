package ru.navyk.infrastructure.importing.courses;

import java.io.IOException;
import java.util.Optional;

/** The course files, wherever they live (inside the WAR, or a folder an installation configures). */
public interface CourseFiles {

    /** The index listing the course folders, relative to the courses' root. */
    String INDEX = "index.yaml";

    /** The file's text in UTF-8, or empty when there is no such file. */
    Optional<String> read(String relativePath) throws IOException;

    /** Where the files come from, for messages and the import log. */
    String description();
}
