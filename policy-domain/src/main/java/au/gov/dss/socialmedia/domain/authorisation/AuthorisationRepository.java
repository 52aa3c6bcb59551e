package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where authorisations are kept. Implemented outside the domain (JPA in the admin app, a map in tests).
 * The queries may return more than asked (callers check each result with the aggregate's own methods), never
 * less.
 */
public interface AuthorisationRepository {

    /** The authorisation with this id, if any. */
    Optional<Authorisation> find(AuthorisationId id);

    /** Adds the authorisation, or replaces the one with the same id. */
    void save(Authorisation authorisation);

    /** Every authorisation the employee holds or held, whatever its status. */
    List<Authorisation> findByHolder(EmployeeId holder);

    /**
     * Every authorisation in force at the instant ({@link Authorisation#isInForceAt}) whose account scope
     * includes the account, whatever its activities: the "who may post to account X now" view.
     */
    List<Authorisation> findInForceFor(AccountId account, Instant at);

    /**
     * Every authorisation whose validity period ends within {@code [from, to)} and whose recorded status is
     * GRANTED or SUSPENDED: the expiring-soon list.
     */
    List<Authorisation> findEndingBetween(Instant from, Instant to);

    /** The authorisation with this id, or a refusal naming the unknown id. */
    default Authorisation get(AuthorisationId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal(
                AuthorisationCodes.UNKNOWN_AUTHORISATION, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                "no authorisation with id " + id + " is known")));
    }
}
