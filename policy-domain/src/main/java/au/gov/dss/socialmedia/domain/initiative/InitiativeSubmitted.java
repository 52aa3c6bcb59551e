package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.time.Instant;
import java.util.Objects;

/**
 * An initiative was submitted (or resubmitted) to CMB for decision, with its complete business case and risk
 * management plan as submitted.
 *
 * @param eventId the event's identifier
 * @param occurredAt when
 * @param actor the submitter
 * @param initiativeId the initiative
 * @param submissionNumber 1 for the first submission, 2 for the first resubmission, ...
 * @param title the initiative's title
 * @param sponsoringArea the business area that sponsors it
 * @param businessCase the business case as submitted
 * @param riskPlan the risk management plan as submitted
 */
public record InitiativeSubmitted(EventId eventId, Instant occurredAt, EmployeeId actor, InitiativeId initiativeId,
                                  int submissionNumber, String title, BusinessArea sponsoringArea,
                                  BusinessCase businessCase, RiskManagementPlan riskPlan) implements InitiativeEvent {

    /** Refuses missing parts and a submission number below 1. */
    public InitiativeSubmitted {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(initiativeId, "initiative id must not be null");
        if (submissionNumber < 1) {
            throw new IllegalArgumentException("submission number must be at least 1, but was " + submissionNumber);
        }
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(sponsoringArea, "sponsoring area must not be null");
        Objects.requireNonNull(businessCase, "business case must not be null");
        Objects.requireNonNull(riskPlan, "risk plan must not be null");
    }

    /** Whether this is a resubmission after CMB requested changes. */
    public boolean isResubmission() {
        return submissionNumber > 1;
    }
}
