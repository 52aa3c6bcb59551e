package au.gov.dss.socialmedia.admin.record.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;
import java.time.Instant;

/**
 * A record as the records list shows it.
 *
 * @param id the record's id (the event's; for its address, never shown)
 * @param type the record type, for example {@code account-activated} (shown in words)
 * @param title the record's title
 * @param occurredAt when what it records happened
 * @param status PENDING, FAILED or CAPTURED (shown in words)
 * @param attempts how many times a worker tried it
 * @param lastError the last error, or null
 * @param capturedAt when it was captured, or null
 */
public record RecordRow(String id, String type, String title, Instant occurredAt, String status, int attempts,
                        String lastError, Instant capturedAt) implements Serializable, Keyed {
}
