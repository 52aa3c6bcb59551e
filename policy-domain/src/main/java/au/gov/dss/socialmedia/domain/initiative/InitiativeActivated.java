package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.time.Instant;
import java.util.Objects;

/**
 * An approved initiative started.
 *
 * @param eventId the event's identifier
 * @param occurredAt when
 * @param actor who started it
 * @param initiativeId the initiative
 */
public record InitiativeActivated(EventId eventId, Instant occurredAt, EmployeeId actor, InitiativeId initiativeId)
        implements InitiativeEvent {

    /** Refuses missing parts. */
    public InitiativeActivated {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(initiativeId, "initiative id must not be null");
    }
}
