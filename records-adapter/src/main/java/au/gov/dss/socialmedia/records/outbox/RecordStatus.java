package au.gov.dss.socialmedia.records.outbox;

/** Where a record is in the outbox. */
public enum RecordStatus {
    /** Asked for, not yet captured: waiting for a worker, or for its next attempt after a failure. */
    PENDING,
    /** Captured into every target, with its receipts. */
    CAPTURED,
    /** Parked after the last attempt failed; a records officer sees the error and may retry. */
    FAILED
}
