package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.Objects;

/**
 * Named rule: "CMB manages and authorises the use of all official accounts", with segregation of duties. Whoever
 * grants, suspends, reinstates, revokes or renews an authorisation must work in CMB
 * ({@value AuthorisationCodes#ACTOR_NOT_IN_CMB}) and must not be the authorisation's holder
 * ({@value AuthorisationCodes#ACTOR_IS_HOLDER}).
 */
public final class SegregationOfDuties {

    private SegregationOfDuties() {
    }

    /**
     * Whether the actor may take the action on an authorisation held by the holder.
     *
     * @param actor the employee acting, as the directory knows them now
     * @param holder the holder of the authorisation
     * @param action what is attempted, as a verb phrase ("grant an authorisation")
     */
    public static Decision decide(Employee actor, EmployeeId holder, String action) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(action, "action must not be null");
        if (!actor.worksInCmb()) {
            return Decision.refused(AuthorisationCodes.ACTOR_NOT_IN_CMB, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    "only CMB staff may " + action + ", but " + actor.id() + " works in " + actor.businessArea());
        }
        if (actor.id().equals(holder)) {
            return Decision.refused(AuthorisationCodes.ACTOR_IS_HOLDER, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    actor.id() + " may not " + action + " held by themself: another CMB officer must do it");
        }
        return Decision.allowed();
    }
}
