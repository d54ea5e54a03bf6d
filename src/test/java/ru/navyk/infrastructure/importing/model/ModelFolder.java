package ru.navyk.infrastructure.importing.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the repository's {@code competency-model/} in a temporary folder, for tests that break it. */
final class ModelFolder {

    static final Path REPOSITORY_MODEL = Path.of("competency-model");

    private final Path root;

    private ModelFolder(Path root) {
        this.root = root;
    }

    static ModelFolder copyOfRepositoryModel(Path target) {
        try (Stream<Path> files = Files.walk(REPOSITORY_MODEL)) {
            for (Path source : files.toList()) {
                Path copy = target.resolve(REPOSITORY_MODEL.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelFolder(target);
    }

    ModelFiles files() {
        return new DirectoryModelFiles(root);
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String relative, String text) {
        try {
            Files.writeString(root.resolve(relative), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code from}, failing loudly if the fixture text is not there. */
    void replaceFirst(String relative, String from, String to) {
        String text = read(relative);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(relative + " does not contain «" + from + "»");
        }
        write(relative, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    /** The 1-based line on which {@code fragment} first appears. */
    int lineOf(String relative, String fragment) {
        String text = read(relative);
        int at = text.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException(relative + " does not contain «" + fragment + "»");
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
