package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.util.List;
import java.util.Optional;

/** Port: where initiatives are kept. Implemented outside the domain (JPA in the admin app, a map in tests). */
public interface InitiativeRepository {

    /** The initiative with this identifier, if there is one. */
    Optional<Initiative> find(InitiativeId id);

    /** Adds the initiative, or replaces the stored one with the same identifier. */
    void save(Initiative initiative);

    /** The initiatives in the given state, for example SUBMITTED for those awaiting CMB's decision. */
    List<Initiative> findByStatus(InitiativeStatus status);

    /** The initiatives awaiting CMB's decision. */
    default List<Initiative> awaitingDecision() {
        return findByStatus(InitiativeStatus.SUBMITTED);
    }

    /** The initiative with this identifier, or a refusal with code {@code UNKNOWN_INITIATIVE}. */
    default Initiative get(InitiativeId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal("UNKNOWN_INITIATIVE",
                PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, "no social media initiative with id " + id + " is known")));
    }
}
