package ru.navyk.infrastructure.importing.model;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** The model's files, wherever they live (inside the WAR, or a folder an installation configures). */
public interface ModelFiles {

    /** The file's text in UTF-8, or empty when there is no such file. */
    Optional<String> read(String relativePath) throws IOException;

    /** Relative paths of the {@code .yaml} files in {@code functions/}, sorted. */
    List<String> functionFiles() throws IOException;

    /** Where the files come from, for messages and the import log. */
    String description();
}
