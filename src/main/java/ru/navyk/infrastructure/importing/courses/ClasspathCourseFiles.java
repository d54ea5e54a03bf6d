package ru.navyk.infrastructure.importing.courses;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The courses the WAR ships (the repository's {@code content/courses/}). A classpath cannot list a folder, which is
 * why {@code index.yaml} names the course folders and {@code course.yaml} names each lesson file.
 */
public final class ClasspathCourseFiles implements CourseFiles {

    private static final String ROOT = "content/courses/";

    private final ClassLoader classLoader;

    public ClasspathCourseFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Optional<String> read(String relativePath) throws IOException {
        if (relativePath.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = classLoader.getResourceAsStream(ROOT + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public String description() {
        return "classpath:" + ROOT;
    }
}
