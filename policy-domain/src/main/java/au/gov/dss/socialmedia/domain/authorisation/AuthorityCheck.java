package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;

/**
 * The one question every other module asks about authorisations. Accounts, posts, comment moderation, the
 * compliance engine and other teams' systems use it, never their own reading of authorisations.
 */
public interface AuthorityCheck {

    /**
     * Does the employee hold authority for the activity on the account at the instant? The answer names the
     * authorisation that grants it, or says why not.
     */
    AuthorityAnswer authorityFor(EmployeeId employee, Activity activity, AccountId account, Instant at);

    /**
     * Does the employee hold a current authorisation in the role at the instant (whatever its scope)? Used, for
     * example, to check that an account's administrator is a current Communication Account Manager.
     */
    AuthorityAnswer roleHeld(EmployeeId employee, Role role, Instant at);
}
