package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The employee's request for a review of the breach determination, the sanction decision or both. The request is
 * always the subject's; a conduct officer records it.
 *
 * @param decisions the decisions to review, at least one
 * @param grounds the employee's grounds, 1 to 4000 characters
 * @param recordedBy the officer who recorded it
 * @param requestedAt when
 */
public record ReviewRequest(Set<ReviewedDecision> decisions, String grounds, EmployeeId recordedBy,
                            Instant requestedAt) {

    /** Refuses missing parts, no decision and blank grounds. */
    public ReviewRequest {
        decisions = Checks.nonEmptyEnumSet("reviewed decisions", ReviewedDecision.class, decisions);
        grounds = Text.required("review grounds", grounds, 4000);
        Objects.requireNonNull(recordedBy, "review recorded by must not be null");
        Objects.requireNonNull(requestedAt, "review request time must not be null");
    }
}
