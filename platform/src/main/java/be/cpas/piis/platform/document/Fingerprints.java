package be.cpas.piis.platform.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A3: the SHA-256 of a document kept as evidence, so that anyone can check a copy against the record. */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** The SHA-256 of {@code content}, 64 lowercase hexadecimal digits. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
