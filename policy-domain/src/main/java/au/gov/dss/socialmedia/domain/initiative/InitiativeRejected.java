package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * CMB rejected the initiative: it will not go ahead.
 *
 * @param eventId the event's identifier
 * @param occurredAt when CMB decided
 * @param actor the CMB decision-maker
 * @param initiativeId the initiative decided
 * @param submissionNumber which submission was decided (1 for the first)
 * @param title the initiative's title when decided
 * @param reasons why
 * @param businessCase the business case as decided
 * @param riskPlan the risk management plan as decided
 */
public record InitiativeRejected(EventId eventId, Instant occurredAt, EmployeeId actor, InitiativeId initiativeId,
                 int submissionNumber, String title, String reasons, BusinessCase businessCase,
                 RiskManagementPlan riskPlan)
        implements InitiativeDecided {

    /** Refuses missing parts (the title among them), blank reasons and a submission number below 1. */
    public InitiativeRejected {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(initiativeId, "initiative id must not be null");
        if (submissionNumber < 1) {
            throw new IllegalArgumentException("submission number must be at least 1, but was " + submissionNumber);
        }
        Objects.requireNonNull(title, "title must not be null");
        reasons = Text.required("decision reasons", reasons, 4000);
        Objects.requireNonNull(businessCase, "business case must not be null");
        Objects.requireNonNull(riskPlan, "risk plan must not be null");
    }

    /** Always {@link DecisionOutcome#REJECTED}. */
    @Override
    public DecisionOutcome outcome() {
        return DecisionOutcome.REJECTED;
    }
}
