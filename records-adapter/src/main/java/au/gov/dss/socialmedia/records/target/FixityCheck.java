package au.gov.dss.socialmedia.records.target;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-checking a captured record.
 *
 * @param receipt the record checked
 * @param problems every problem found; none means the record is intact
 */
public record FixityCheck(Receipt receipt, List<String> problems) {

    /** Copies the problems. */
    public FixityCheck {
        Objects.requireNonNull(receipt, "receipt must not be null");
        problems = List.copyOf(problems);
    }

    /** Whether the record is intact. */
    public boolean intact() {
        return problems.isEmpty();
    }
}
