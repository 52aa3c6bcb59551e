package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * How an initiative was closed.
 *
 * @param closedBy the employee who closed it
 * @param reason why, 1 to 2000 characters
 * @param closedAt when
 */
public record Closure(EmployeeId closedBy, String reason, Instant closedAt) {

    /** Refuses missing parts and a blank reason. */
    public Closure {
        Objects.requireNonNull(closedBy, "closed by must not be null");
        reason = Text.required("closing reason", reason, 2000);
        Objects.requireNonNull(closedAt, "closing time must not be null");
    }
}
