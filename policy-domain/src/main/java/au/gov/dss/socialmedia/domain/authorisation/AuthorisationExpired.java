package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import java.time.Instant;
import java.util.Objects;

/**
 * An authorisation's validity period ended and its expiry was recorded. No person causes an expiry (time does),
 * so {@link #actor()} is {@code null}.
 *
 * @param eventId this event
 * @param occurredAt when the expiry was recorded
 * @param authorisationId the authorisation
 * @param holder the employee who held it
 * @param endedAt when the validity period ended (the authorisation was no longer in force from then on)
 */
public record AuthorisationExpired(EventId eventId, Instant occurredAt, AuthorisationId authorisationId,
                                   EmployeeId holder, Instant endedAt) implements AuthorisationEvent {

    /** Refuses missing parts. */
    public AuthorisationExpired {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        Objects.requireNonNull(authorisationId, "authorisation id must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(endedAt, "endedAt must not be null");
    }

    /** Always {@code null}: the passage of time, not a person, causes an expiry. */
    @Override
    public EmployeeId actor() {
        return null;
    }
}
