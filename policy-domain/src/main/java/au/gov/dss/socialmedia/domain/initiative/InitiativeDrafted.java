package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.time.Instant;
import java.util.Objects;

/**
 * A social media initiative was drafted, with an empty business case and risk plan.
 *
 * @param eventId the event's identifier
 * @param occurredAt when
 * @param actor the submitter, who drafted it
 * @param initiativeId the new initiative
 * @param title its title
 * @param sponsoringArea the business area that sponsors it
 */
public record InitiativeDrafted(EventId eventId, Instant occurredAt, EmployeeId actor, InitiativeId initiativeId,
                                String title, BusinessArea sponsoringArea) implements InitiativeEvent {

    /** Refuses missing parts. */
    public InitiativeDrafted {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(initiativeId, "initiative id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(sponsoringArea, "sponsoring area must not be null");
    }
}
