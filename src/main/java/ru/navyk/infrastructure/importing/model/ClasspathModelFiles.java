package ru.navyk.infrastructure.importing.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model the WAR ships (the repository's {@code competency-model/}, copied to the classpath by the build). A
 * classpath has no directory listing, so the function files are those {@code standard.yaml} names plus the standard's
 * five letters; a stray file there cannot be detected, which only matters for a folder an installation edits
 * ({@link DirectoryModelFiles}).
 */
public final class ClasspathModelFiles implements ModelFiles {

    private static final String ROOT = "competency-model/";

    private final ClassLoader classLoader;

    public ClasspathModelFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Optional<String> read(String relativePath) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(ROOT + relativePath)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public List<String> functionFiles() throws IOException {
        List<String> present = new ArrayList<>();
        for (char code = 'A'; code <= 'Z'; code++) {
            String path = "functions/" + code + ".yaml";
            if (classLoader.getResource(ROOT + path) != null) {
                present.add(path);
            }
        }
        return present;
    }

    @Override
    public String description() {
        return "classpath:" + ROOT;
    }
}
