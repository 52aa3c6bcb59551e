package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.util.Objects;

/**
 * Who may act on a conduct matter: an officer of the Workplace Relations and Conduct Section who is neither the
 * employee the matter is about nor the employee who reported it. Nobody assesses, determines or decides a matter
 * about themselves or one they reported. Refusal codes: {@code ACTOR_IS_SUBJECT}, {@code ACTOR_IS_REPORTER},
 * {@code ACTOR_NOT_IN_CONDUCT_SECTION}.
 */
public final class ConductMatterActorPolicy {

    /** The policy (it holds no state). */
    public ConductMatterActorPolicy() {
    }

    /** May the employee act in the role on the given matter? */
    public Decision mayActAs(Employee actor, ConductRole role, ConductMatter matter) {
        Objects.requireNonNull(matter, "conduct matter must not be null");
        return mayActAs(actor, role, matter.subject(), matter.reporter());
    }

    /** May the employee act in the role on a matter about {@code subject}, reported by {@code reporter}? */
    public Decision mayActAs(Employee actor, ConductRole role, EmployeeId subject, EmployeeId reporter) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(reporter, "reporter must not be null");
        if (actor.id().equals(subject)) {
            return Decision.refused("ACTOR_IS_SUBJECT", role.clause(), actor.name() + " cannot act as "
                    + role.noun() + " on a conduct matter about themselves; another officer must act");
        }
        if (actor.id().equals(reporter)) {
            return Decision.refused("ACTOR_IS_REPORTER", role.clause(), actor.name() + " cannot act as "
                    + role.noun() + " on a conduct matter they reported; another officer must act");
        }
        if (!actor.businessArea().isConductSection()) {
            return Decision.refused("ACTOR_NOT_IN_CONDUCT_SECTION", role.clause(), actor.name() + " cannot act as "
                    + role.noun() + ": only officers of the Workplace Relations and Conduct Section deal with"
                    + " conduct matters");
        }
        return Decision.allowed();
    }
}
