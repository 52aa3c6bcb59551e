package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * How a preliminary assessment ended: referred under the s15(3) procedures, or no further action.
 *
 * @param outcome refer or no further action
 * @param reasons why, 1 to 8000 characters
 * @param decidedBy the officer who decided
 * @param decidedAt when
 */
public record AssessmentDecision(PreliminaryOutcome outcome, String reasons, EmployeeId decidedBy, Instant decidedAt) {

    /** Refuses missing parts and blank reasons. */
    public AssessmentDecision {
        Objects.requireNonNull(outcome, "assessment outcome must not be null");
        reasons = Text.required("assessment reasons", reasons, 8000);
        Objects.requireNonNull(decidedBy, "assessment decided by must not be null");
        Objects.requireNonNull(decidedAt, "assessment decision time must not be null");
    }
}
