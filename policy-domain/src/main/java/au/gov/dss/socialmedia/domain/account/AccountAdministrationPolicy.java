package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;

/**
 * "CMB manages and authorises the use of all official DSS social media accounts": only an employee of the
 * Communication and Media Branch may propose, activate, suspend, reinstate, decommission or otherwise administer an
 * official account, and only a CMB employee may be named its administrator.
 */
public final class AccountAdministrationPolicy {

    private AccountAdministrationPolicy() {
    }

    /** Whether the employee may administer official accounts. */
    public static Decision mayAdminister(Employee actor) {
        if (!actor.worksInCmb()) {
            return Decision.refused("ACCOUNT_ADMINISTRATION_RESERVED_TO_CMB", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    actor.name() + " (" + actor.id() + ") works in " + actor.businessArea().name()
                            + ", but only the Communication and Media Branch administers official accounts");
        }
        return Decision.allowed();
    }

    /** Whether the employee may be named an account's administrator. */
    public static Decision mayBeAdministrator(Employee administrator) {
        if (!administrator.worksInCmb()) {
            return Decision.refused("ADMINISTRATOR_NOT_IN_CMB", PolicyClause.PRINCIPLE_ADMINISTRATION,
                    administrator.name() + " (" + administrator.id() + ") works in "
                            + administrator.businessArea().name()
                            + ", but an official account must be administered by a Communication Account Manager"
                            + " in CMB");
        }
        return Decision.allowed();
    }
}
