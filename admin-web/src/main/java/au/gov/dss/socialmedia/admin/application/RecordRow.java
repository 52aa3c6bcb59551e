package au.gov.dss.socialmedia.admin.application;

import java.time.Instant;

import java.io.Serializable;

/**
 * A record as the records page shows it.
 *
 * @param id the record's id (the event's)
 * @param type the record type, for example {@code account-activated}
 * @param title the record's title
 * @param occurredAt when the event happened
 * @param status PENDING, FAILED or CAPTURED
 * @param attempts how many times a worker tried it
 * @param lastError the last error, or empty
 * @param capturedIn where it was captured (target ids), or empty
 */
public record RecordRow(String id, String type, String title, Instant occurredAt, String status, int attempts,
                        String lastError, String capturedIn) implements Serializable {
}
