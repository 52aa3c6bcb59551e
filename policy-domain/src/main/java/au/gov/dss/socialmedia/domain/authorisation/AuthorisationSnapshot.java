package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The complete state of an {@link Authorisation}, for persistence adapters and for tests comparing states.
 * {@link Authorisation#restore} checks that a snapshot is consistent.
 *
 * @param id the authorisation
 * @param holder who holds it
 * @param role the role granted
 * @param scope the accounts and activities
 * @param period the current validity period (after any renewals)
 * @param training the holder's training, if recorded
 * @param grantedBy the CMB employee who granted it
 * @param grantedAt when it was granted
 * @param status the recorded status: the status of the last entry of {@code history}
 * @param history every status change, oldest first; the first is GRANTED at {@code grantedAt}
 */
public record AuthorisationSnapshot(AuthorisationId id, EmployeeId holder, Role role, AuthorisationScope scope,
                                    ValidityPeriod period, Optional<TrainingRecord> training, EmployeeId grantedBy,
                                    Instant grantedAt, AuthorisationStatus status, List<StatusChange> history) {

    /** Refuses missing parts; keeps an unmodifiable copy of the history. */
    public AuthorisationSnapshot {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(training, "training must not be null (use Optional.empty())");
        Objects.requireNonNull(grantedBy, "grantedBy must not be null");
        Objects.requireNonNull(grantedAt, "grantedAt must not be null");
        Objects.requireNonNull(status, "status must not be null");
        history = List.copyOf(Objects.requireNonNull(history, "history must not be null"));
    }
}
