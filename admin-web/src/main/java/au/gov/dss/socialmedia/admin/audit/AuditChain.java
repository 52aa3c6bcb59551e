package au.gov.dss.socialmedia.admin.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How an audit entry is chained to the one before it: SHA-256 over the previous entry's hash and every field of
 * this entry, each length-prefixed so that no two different entries give the same input.
 */
final class AuditChain {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(AuditEntryEntity entry) {
        StringBuilder input = new StringBuilder();
        for (String field : new String[] {entry.previousHash, Long.toString(entry.seq), entry.occurredAt.toString(),
                entry.actor, entry.action, entry.target, entry.outcome, entry.detail}) {
            input.append(field.length()).append(':').append(field).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
