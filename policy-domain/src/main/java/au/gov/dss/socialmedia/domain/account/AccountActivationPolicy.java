package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import java.time.Instant;

/**
 * When an account may go live (activation, and reinstatement after a suspension): the initiative it serves is
 * approved ("Approved activity": supported by a business case and approved by CMB), and its administrator holds a
 * current Communication Account Manager authorisation in CMB ("Administration").
 */
public final class AccountActivationPolicy {

    private AccountActivationPolicy() {
    }

    /**
     * Whether an account may be proposed for the initiative: only for one CMB has approved (APPROVED or ACTIVE), so
     * that no account is set up for activity that may never be approved. The app offers only these.
     *
     * @param initiative the initiative the account would serve
     */
    public static Decision mayServe(Initiative initiative) {
        if (!initiative.status().permitsAccountActivation()) {
            return Decision.refused("ACCOUNT_NEEDS_APPROVED_INITIATIVE", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                    "the initiative '" + initiative.title() + "' is " + initiative.status().label()
                            + "; an account is proposed only for an initiative CMB has approved");
        }
        return Decision.allowed();
    }

    /**
     * Whether the account may be live at the instant.
     *
     * @param account the account
     * @param initiative the initiative the account serves (must be the one it names)
     * @param authority the domain's answer to who holds which authorisation
     * @param at the instant of activation
     */
    public static Decision mayGoLive(SocialMediaAccount account, Initiative initiative, AuthorityCheck authority,
                                     Instant at) {
        if (!initiative.id().equals(account.initiative())) {
            return Decision.refused("INITIATIVE_MISMATCH", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                    "account " + account.id() + " serves initiative " + account.initiative()
                            + ", not initiative " + initiative.id());
        }
        if (!initiative.status().permitsAccountActivation()) {
            return Decision.refused("ACCOUNT_NEEDS_APPROVED_INITIATIVE", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                    "the initiative this account serves is " + initiative.status().label()
                            + "; an account goes live only for an initiative CMB has approved");
        }
        AuthorityAnswer administrator = authority.roleHeld(account.administrator(),
                Role.COMMUNICATION_ACCOUNT_MANAGER, at);
        if (administrator instanceof AuthorityAnswer.DoesNotHold doesNotHold) {
            return Decision.refused("ADMINISTRATOR_NOT_AUTHORISED", PolicyClause.PRINCIPLE_ADMINISTRATION,
                    "administrator " + account.administrator()
                            + " does not hold a current Communication Account Manager authorisation in CMB: "
                            + doesNotHold.refusal().reason());
        }
        return Decision.allowed();
    }
}
