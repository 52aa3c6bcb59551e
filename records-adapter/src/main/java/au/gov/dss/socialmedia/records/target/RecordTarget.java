package au.gov.dss.socialmedia.records.target;

import au.gov.dss.socialmedia.records.mapping.OfficialRecord;

/**
 * A recordkeeping system records are captured into. Implementations must be idempotent: capturing a record that
 * is already there (a retry after a crash, a second worker) returns the existing record's receipt and never makes
 * a duplicate. They must also check fixity as they capture: a receipt means the content is there, byte for byte.
 */
public interface RecordTarget {

    /** A short stable name that receipts carry, for example {@code bagit} or {@code cmis}. */
    String name();

    /**
     * Captures the record, or finds it already captured.
     *
     * @param record the record
     * @return where it is
     * @throws TargetException when the target is unavailable or refuses the record; the message says why
     */
    Receipt capture(OfficialRecord record) throws TargetException;

    /**
     * Re-checks a captured record: that it is still there and that its content still has the digests it was
     * captured with.
     *
     * @param receipt the receipt of its capture (from this target)
     * @param expectedJsonSha256 the SHA-256 of the event JSON as the outbox recorded it
     * @return the outcome, with every problem found
     */
    FixityCheck verify(Receipt receipt, String expectedJsonSha256);
}
