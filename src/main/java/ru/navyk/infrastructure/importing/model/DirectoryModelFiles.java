package ru.navyk.infrastructure.importing.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Model files in a folder of the file system, laid out as in the repository's {@code competency-model/}. */
public final class DirectoryModelFiles implements ModelFiles {

    private final Path root;

    public DirectoryModelFiles(Path root) {
        this.root = root;
    }

    @Override
    public Optional<String> read(String relativePath) throws IOException {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Override
    public List<String> functionFiles() throws IOException {
        Path functions = root.resolve("functions");
        if (!Files.isDirectory(functions)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(functions)) {
            return files.map(p -> "functions/" + p.getFileName())
                    .filter(name -> name.endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public String description() {
        return root.toAbsolutePath().toString();
    }
}
