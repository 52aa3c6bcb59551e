package au.gov.dss.socialmedia.admin.testing;

import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;

/** An authority check that authorises everyone for everything: the persistence tests test storage, not authority. */
public final class AllowingAuthority implements AuthorityCheck {

    private final AuthorisationId authorisation = AuthorisationId.newId();

    @Override
    public AuthorityAnswer authorityFor(EmployeeId employee, Activity activity, AccountId account, Instant at) {
        return new AuthorityAnswer.Holds(authorisation);
    }

    @Override
    public AuthorityAnswer roleHeld(EmployeeId employee, Role role, Instant at) {
        return new AuthorityAnswer.Holds(authorisation);
    }
}
