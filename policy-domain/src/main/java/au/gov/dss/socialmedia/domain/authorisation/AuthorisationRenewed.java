package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * CMB renewed an authorisation: its validity period now ends later.
 *
 * @param eventId this event
 * @param occurredAt when it happened
 * @param actor the CMB employee who did it
 * @param authorisationId the authorisation
 * @param holder the employee who holds it
 * @param previousUntil when the period ended before the renewal
 * @param newUntil when the period ends now
 */
public record AuthorisationRenewed(EventId eventId, Instant occurredAt, EmployeeId actor,
                                   AuthorisationId authorisationId, EmployeeId holder, Instant previousUntil,
                                   Instant newUntil) implements AuthorisationEvent {

    /** Refuses missing parts. */
    public AuthorisationRenewed {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(authorisationId, "authorisation id must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(previousUntil, "previous until must not be null");
        Objects.requireNonNull(newUntil, "new until must not be null");
    }
}
