package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.records.target.Receipt;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the outbox as the records page shows it: what the record is, where it is in its lifecycle, its last
 * error and where it was captured.
 *
 * @param recordId the record's id (the event's id)
 * @param recordType the record type's code
 * @param eventType the event's type
 * @param title the record's title
 * @param occurredAt when the event happened
 * @param requestedAt when the record was asked for
 * @param status where it is
 * @param attempts how many times a worker claimed it
 * @param nextAttemptAt when it is due (pending records)
 * @param lastError the error of the last failed attempt
 * @param receipts where it was captured (captured records)
 * @param capturedAt when it was captured
 * @param jsonSha256 the SHA-256 of its event JSON, recorded when it was asked for
 */
public record OutboxEntry(UUID recordId, String recordType, String eventType, String title, Instant occurredAt,
                          Instant requestedAt, RecordStatus status, int attempts, Instant nextAttemptAt,
                          Optional<String> lastError, List<Receipt> receipts, Optional<Instant> capturedAt,
                          String jsonSha256) {

    /** Copies the receipts. */
    public OutboxEntry {
        receipts = List.copyOf(receipts);
    }
}
