package ru.navyk.infrastructure.importing.kb;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The {@code .md} files of the knowledge-base content, by file name: from a folder an installation configures, or
 * from the copy of the repository's {@code content/kb/} inside the WAR (an exploded folder on Payara, or a jar).
 */
public final class ContentFiles {

    static final String CLASSPATH_ROOT = "content/kb/";

    private ContentFiles() {
    }

    /** The files of a folder, sorted by name. */
    public static Map<String, byte[]> fromFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            throw new IOException("no folder " + folder);
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The files the WAR ships, sorted by name. */
    public static Map<String, byte[]> fromClasspath(ClassLoader loader) throws IOException {
        URL root = loader.getResource(CLASSPATH_ROOT);
        if (root == null) {
            return Map.of();
        }
        if ("file".equals(root.getProtocol())) {
            try {
                return fromFolder(Path.of(root.toURI()));
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
        if ("jar".equals(root.getProtocol())) {
            String path = root.getPath();
            String jar = path.substring("file:".length(), path.indexOf("!/"));
            Map<String, byte[]> files = new TreeMap<>();
            try (JarFile archive = new JarFile(Path.of(URI.create("file:" + jar)).toFile())) {
                Enumeration<JarEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.startsWith(CLASSPATH_ROOT) && name.endsWith(".md")
                            && name.indexOf('/', CLASSPATH_ROOT.length()) < 0) {
                        try (InputStream in = archive.getInputStream(entry)) {
                            files.put(name.substring(CLASSPATH_ROOT.length()), in.readAllBytes());
                        }
                    }
                }
            }
            return files;
        }
        throw new IOException("cannot list " + root + "; configure navyk.content.source as a folder");
    }

    static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
