package au.gov.dss.socialmedia.domain.compliance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The SHA-256 digest of the content that was screened, in lower-case hex. It ties a
 * {@link ComplianceAssessment} to the exact content it assessed, so that an assessment of one draft can never
 * clear another.
 *
 * @param hex 64 lower-case hexadecimal digits
 */
public record ContentDigest(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Refuses anything that is not a SHA-256 digest in lower-case hex. */
    public ContentDigest {
        Objects.requireNonNull(hex, "content digest must not be null");
        if (!HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("content digest must be 64 lower-case hex digits, but was '" + hex
                    + "'");
        }
    }

    /** The digest of the given content, encoded as UTF-8. */
    public static ContentDigest of(String content) {
        Objects.requireNonNull(content, "content must not be null");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return new ContentDigest(HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
