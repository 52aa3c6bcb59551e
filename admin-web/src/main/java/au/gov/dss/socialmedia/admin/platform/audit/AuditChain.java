package au.gov.dss.socialmedia.admin.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * How an audit entry is chained to the one before it: SHA-256 over the previous entry's hash and every field of
 * this entry, each length-prefixed so that no two different entries give the same input. Version 1 entries hash
 * the fields they had; version 2 entries (from V14) also hash their version, the actor's name and the subject's
 * kind, id and name, so that none of them can be changed unseen.
 */
final class AuditChain {

    /** The hash before the first entry. */
    static final String GENESIS = "0".repeat(64);
    /** The version new entries are written in. */
    static final int CURRENT_VERSION = 2;

    private AuditChain() {
    }

    static String hash(AuditEntryEntity entry) {
        List<String> fields = new ArrayList<>(List.of(entry.previousHash, Long.toString(entry.seq),
                entry.occurredAt.toString(), entry.actor, entry.action, entry.target, entry.outcome, entry.detail));
        if (entry.chainVersion >= 2) {
            fields.add(Integer.toString(entry.chainVersion));
            fields.add(String.valueOf(entry.actorName));
            fields.add(String.valueOf(entry.subjectKind));
            fields.add(String.valueOf(entry.subjectId));
            fields.add(String.valueOf(entry.subjectLabel));
        }
        StringBuilder input = new StringBuilder();
        for (String field : fields) {
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
