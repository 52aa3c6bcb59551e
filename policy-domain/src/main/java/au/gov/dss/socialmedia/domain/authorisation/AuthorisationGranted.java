package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * CMB granted an employee an authorisation to use social media officially.
 *
 * @param eventId this event
 * @param occurredAt when it was granted
 * @param actor the CMB employee who granted it
 * @param authorisationId the new authorisation
 * @param holder the employee authorised
 * @param role the role granted
 * @param scope the accounts and activities granted
 * @param period when it is valid
 * @param training the training the holder completed, if recorded
 */
public record AuthorisationGranted(EventId eventId, Instant occurredAt, EmployeeId actor,
                                   AuthorisationId authorisationId, EmployeeId holder, Role role,
                                   AuthorisationScope scope, ValidityPeriod period,
                                   Optional<TrainingRecord> training) implements AuthorisationEvent {

    /** Refuses missing parts. */
    public AuthorisationGranted {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "occurredAt must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(authorisationId, "authorisation id must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(training, "training must not be null (use Optional.empty())");
    }
}
