package au.gov.dss.socialmedia.domain.testing;

import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A fast stand-in for the authority port in unit tests of other aggregates: it answers from a table of what each
 * employee may do. Scenario tests use the real register over an in-memory repository instead.
 */
public final class FakeAuthority implements AuthorityCheck {

    private record Grant(EmployeeId employee, Activity activity, AccountId account) {
    }

    private final Set<Grant> grants = new HashSet<>();
    private final Set<EmployeeId> managers = new HashSet<>();

    /** The employee may do the activity on the account. */
    public FakeAuthority allow(EmployeeId employee, Activity activity, AccountId account) {
        grants.add(new Grant(employee, activity, account));
        return this;
    }

    /** The employee is a current Communication Account Manager. */
    public FakeAuthority manager(EmployeeId employee) {
        managers.add(employee);
        return this;
    }

    /** The employee no longer holds any authority. */
    public FakeAuthority revokeAll(EmployeeId employee) {
        grants.removeIf(grant -> grant.employee().equals(employee));
        managers.remove(employee);
        return this;
    }

    @Override
    public AuthorityAnswer authorityFor(EmployeeId employee, Activity activity, AccountId account, Instant at) {
        return grants.contains(new Grant(employee, activity, account))
                ? new AuthorityAnswer.Holds(AuthorisationId.newId())
                : new AuthorityAnswer.DoesNotHold(new Refusal("NO_AUTHORITY", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                        employee + " holds no authority to " + activity + " on account " + account));
    }

    @Override
    public AuthorityAnswer roleHeld(EmployeeId employee, Role role, Instant at) {
        return role == Role.COMMUNICATION_ACCOUNT_MANAGER && managers.contains(employee)
                ? new AuthorityAnswer.Holds(AuthorisationId.newId())
                : new AuthorityAnswer.DoesNotHold(new Refusal("NO_AUTHORITY", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                        employee + " does not hold the role " + role));
    }
}
