package au.gov.dss.socialmedia.admin.record.application;

import java.io.Serializable;

/**
 * How many records are in each state of the outbox.
 *
 * @param pending asked for, not yet captured
 * @param failed parked after the last attempt failed
 * @param captured in every target
 */
public record RecordCounts(long pending, long failed, long captured) implements Serializable {
}
