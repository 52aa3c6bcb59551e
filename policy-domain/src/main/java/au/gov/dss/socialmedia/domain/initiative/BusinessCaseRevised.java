package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.time.Instant;
import java.util.Objects;

/**
 * The business case of a draft (or of an initiative with changes requested) was revised.
 *
 * @param eventId the event's identifier
 * @param occurredAt when
 * @param actor who revised it
 * @param initiativeId the initiative
 * @param businessCase the business case as revised
 */
public record BusinessCaseRevised(EventId eventId, Instant occurredAt, EmployeeId actor, InitiativeId initiativeId,
                                  BusinessCase businessCase) implements InitiativeEvent {

    /** Refuses missing parts. */
    public BusinessCaseRevised {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(initiativeId, "initiative id must not be null");
        Objects.requireNonNull(businessCase, "business case must not be null");
    }
}
