package ru.navyk.infrastructure.importing.courses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Course files in a folder laid out like {@code content/courses/}; paths never leave the folder. */
public final class DirectoryCourseFiles implements CourseFiles {

    private final Path root;

    public DirectoryCourseFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> read(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Override
    public String description() {
        return root.toString();
    }
}
