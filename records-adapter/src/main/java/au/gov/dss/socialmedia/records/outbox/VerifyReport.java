package au.gov.dss.socialmedia.records.outbox;

import au.gov.dss.socialmedia.records.target.FixityCheck;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of re-checking the fixity of captured records.
 *
 * @param checked how many receipts were checked
 * @param mismatches every receipt that failed, with its problems
 */
public record VerifyReport(long checked, List<Mismatch> mismatches) {

    /** Copies the mismatches. */
    public VerifyReport {
        mismatches = List.copyOf(mismatches);
    }

    /**
     * A captured record whose fixity check failed.
     *
     * @param recordId the record
     * @param check the failed check
     */
    public record Mismatch(UUID recordId, FixityCheck check) {
    }

    /** Whether every record checked is intact. */
    public boolean allIntact() {
        return mismatches.isEmpty();
    }
}
