package ru.navyk.api.caseexport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based (version 5, SHA-1) UUIDs in Navyk's own namespace. The same standard key and code always give the same
 * identifier, so CASE consumers can rely on them across restarts, re-imports and installations.
 */
public final class CaseIdentifiers {

    /** Navyk's namespace for CASE identifiers; never change it, or every published identifier changes. */
    static final UUID NAMESPACE = UUID.fromString("5b0d3c1e-8f0a-4c4e-9a55-6e61767966b1");

    private CaseIdentifiers() {
    }

    public static UUID of(String standardKey, String kind, String code) {
        return nameBased(standardKey + ":" + kind + ":" + code);
    }

    static UUID nameBased(String name) {
        return nameBased(NAMESPACE, name);
    }

    /** RFC 4122 version-5 UUID of {@code name} in {@code namespace}. */
    static UUID nameBased(UUID namespaceId, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
        ByteBuffer namespace = ByteBuffer.allocate(16)
                .putLong(namespaceId.getMostSignificantBits())
                .putLong(namespaceId.getLeastSignificantBits());
        sha1.update(namespace.array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }
}
