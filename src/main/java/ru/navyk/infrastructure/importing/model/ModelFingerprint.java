package ru.navyk.infrastructure.importing.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over the model files' names and exact bytes. Equal fingerprints mean the files are unchanged and a
 * re-import must do nothing; any edit, even of whitespace, yields a new model version.
 */
public final class ModelFingerprint {

    private ModelFingerprint() {
    }

    public static String of(ModelFiles files) throws IOException {
        List<String> paths = new ArrayList<>();
        paths.add(YamlModelReader.STANDARD_FILE);
        paths.addAll(files.functionFiles());
        MessageDigest digest = sha256();
        for (String path : paths) {
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(files.read(path).orElse("").getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
