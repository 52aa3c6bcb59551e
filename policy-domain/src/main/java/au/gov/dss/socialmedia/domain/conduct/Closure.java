package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * The closure of a conduct matter.
 *
 * @param reason why it was closed
 * @param note the officer's note, 1 to 8000 characters (for no further action, the assessment's reasons)
 * @param closedBy the officer who closed it
 * @param closedAt when
 */
public record Closure(ClosureReason reason, String note, EmployeeId closedBy, Instant closedAt) {

    /** Refuses missing parts and a blank note. */
    public Closure {
        Objects.requireNonNull(reason, "closure reason must not be null");
        note = Text.required("closure note", note, 8000);
        Objects.requireNonNull(closedBy, "closed by must not be null");
        Objects.requireNonNull(closedAt, "closure time must not be null");
    }
}
