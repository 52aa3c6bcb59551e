package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Port: where official accounts are kept. Implemented outside the domain. */
public interface AccountRepository {

    /** The account with this id, if there is one. */
    Optional<SocialMediaAccount> find(AccountId id);

    /** Stores a new account or the new state of a known one. */
    void save(SocialMediaAccount account);

    /** The accounts in the given state. */
    List<SocialMediaAccount> findByState(AccountState state);

    /** The accounts the employee administers. */
    List<SocialMediaAccount> findAdministeredBy(EmployeeId administrator);

    /** The accounts not decommissioned whose privacy review is overdue on the given day. */
    List<SocialMediaAccount> findPrivacyReviewOverdue(LocalDate day);

    /** The account with this id, or a refusal naming the unknown id. */
    default SocialMediaAccount get(AccountId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal("UNKNOWN_ACCOUNT",
                PolicyClause.OFFICIAL_USE_AUTHORISATION, "no official account with id " + id + " is known")));
    }
}
