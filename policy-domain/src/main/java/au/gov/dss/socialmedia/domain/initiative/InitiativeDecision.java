package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * One decision of CMB in an initiative's history of decisions. Every decision carries its reasons.
 *
 * @param submissionNumber which submission it decided: 1 for the first, 2 for the first resubmission, ...
 * @param outcome what was decided
 * @param decisionMaker the CMB employee who decided
 * @param reasons why, 1 to 4000 characters
 * @param decidedAt when
 */
public record InitiativeDecision(int submissionNumber, DecisionOutcome outcome, EmployeeId decisionMaker,
                                 String reasons, Instant decidedAt) {

    /** Refuses missing parts, blank reasons and a submission number below 1. */
    public InitiativeDecision {
        if (submissionNumber < 1) {
            throw new IllegalArgumentException("decision submission number must be at least 1, but was "
                    + submissionNumber);
        }
        Objects.requireNonNull(outcome, "decision outcome must not be null");
        Objects.requireNonNull(decisionMaker, "decision maker must not be null");
        reasons = Text.required("decision reasons", reasons, 4000);
        Objects.requireNonNull(decidedAt, "decision time must not be null");
    }
}
