package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The content digest of a text, as {@link ContentDigest#of} computes it (SHA-256 of the UTF-8 bytes, lower-case
 * hex) but without looking up the algorithm's provider on every call.
 */
final class Digests {

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    private Digests() {
    }

    static ContentDigest of(String text) {
        MessageDigest sha = SHA256.get();
        sha.reset();
        return new ContentDigest(HEX.formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8))));
    }
}
