package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * An approved or active initiative was closed.
 *
 * @param eventId the event's identifier
 * @param occurredAt when
 * @param actor who closed it
 * @param initiativeId the initiative
 * @param reason why
 * @param commenced whether it had started (was ACTIVE) or was closed without ever starting (was APPROVED)
 */
public record InitiativeClosed(EventId eventId, Instant occurredAt, EmployeeId actor, InitiativeId initiativeId,
                               String reason, boolean commenced) implements InitiativeEvent {

    /** Refuses missing parts and a blank reason. */
    public InitiativeClosed {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurred at must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(initiativeId, "initiative id must not be null");
        reason = Text.required("closing reason", reason, 2000);
    }
}
