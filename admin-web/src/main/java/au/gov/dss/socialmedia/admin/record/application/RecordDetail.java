package au.gov.dss.socialmedia.admin.record.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A record's page.
 *
 * @param id the record's id
 * @param title its title
 * @param type its type's code
 * @param occurredAt when what it records happened
 * @param requestedAt when it was asked for
 * @param status PENDING, FAILED or CAPTURED
 * @param attempts how many times a worker tried it
 * @param nextAttemptAt when a pending record is tried next, or null
 * @param lastError the last error, or null
 * @param capturedAt when it was captured, or null
 * @param receipts where it was captured: target and location
 * @param subjectKind the kind of thing it is about ({@code ACCOUNT}...), or null
 * @param subjectId that thing's id, or null
 * @param jsonSha256 the SHA-256 of its content, recorded when it was asked for
 */
public record RecordDetail(String id, String title, String type, Instant occurredAt, Instant requestedAt,
                           String status, int attempts, Instant nextAttemptAt, String lastError, Instant capturedAt,
                           List<String> receipts, String subjectKind, String subjectId, String jsonSha256)
        implements Serializable {
}
