package au.gov.dss.socialmedia.records.outbox;

import java.util.List;
import java.util.UUID;

/**
 * What one round of a worker did.
 *
 * @param claimed records claimed
 * @param captured records captured into every target
 * @param retrying records that failed and wait for another attempt
 * @param parked records that failed their last attempt and were parked as FAILED
 * @param lostLeases records whose lease another worker took over before this one finished (captured anyway,
 *                   idempotently; the other worker marks them)
 * @param errors the error of each failed record
 */
public record SyncSummary(int claimed, int captured, int retrying, int parked, int lostLeases,
                          List<RecordError> errors) {

    /** Copies the errors. */
    public SyncSummary {
        errors = List.copyOf(errors);
    }

    /**
     * The error of one record.
     *
     * @param recordId the record
     * @param message what went wrong
     */
    public record RecordError(UUID recordId, String message) {
    }

    /** Whether the round claimed nothing (nothing was due). */
    public boolean idle() {
        return claimed == 0;
    }

    @Override
    public String toString() {
        return "claimed " + claimed + ", captured " + captured + ", retrying " + retrying + ", parked " + parked
                + (lostLeases > 0 ? ", lost leases " + lostLeases : "");
    }
}
