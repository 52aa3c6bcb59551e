package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * CMB reinstated a suspended authorisation: it is in force again within its validity period.
 *
 * @param eventId this event
 * @param occurredAt when it happened
 * @param actor the CMB employee who did it
 * @param authorisationId the authorisation
 * @param holder the employee who holds it
 * @param reason why it was put back in force
 */
public record AuthorisationReinstated(EventId eventId, Instant occurredAt, EmployeeId actor,
                                      AuthorisationId authorisationId,
                                      EmployeeId holder, String reason) implements AuthorisationEvent {

    /** Refuses missing parts. */
    public AuthorisationReinstated {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(authorisationId, "authorisation id must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
