package au.gov.dss.socialmedia.records.mapping;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 and SHA-512 digests, in lower-case hexadecimal. */
public final class Digests {

    private Digests() {
    }

    /** The SHA-256 of the bytes. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256").digest(bytes));
    }

    /** The SHA-512 of the bytes. */
    public static String sha512Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-512").digest(bytes));
    }

    /** A new digest of the named algorithm ({@code SHA-256}, {@code SHA-512}); every JDK has both. */
    public static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JDK", e);
        }
    }
}
