package au.gov.dss.socialmedia.admin.platform.listing;

import java.io.Serializable;
import java.time.Instant;

/**
 * A record captured (or waiting to be) about a thing, as its page lists it.
 *
 * @param title the record's title
 * @param recordType its type's code ({@code account-suspended}...), shown in words
 * @param status PENDING, CAPTURED or FAILED
 * @param occurredAt when what it records happened
 * @param capturedAt when the recordkeeping system accepted it, or null
 * @param recordId the record's id, for the link to its page
 */
public record RecordLine(String title, String recordType, String status, Instant occurredAt, Instant capturedAt,
        String recordId)
        implements Serializable {
}
