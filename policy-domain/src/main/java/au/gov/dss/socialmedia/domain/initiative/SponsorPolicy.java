package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.Objects;

/**
 * Who may act on an initiative other than deciding it (see {@link DecisionPolicy} for that):
 * <ul>
 *   <li>revise the business case or risk plan: the submitter or any employee of the sponsoring business area,
 *       so colleagues can prepare it together ({@code NOT_SUBMITTER_OR_SPONSOR});</li>
 *   <li>submit: the submitter only, who answers for the business case before CMB
 *       ({@code ONLY_SUBMITTER_MAY_SUBMIT});</li>
 *   <li>activate or close an approved initiative: the submitter, an employee of the sponsoring business area, or
 *       CMB, which manages all official social media ({@code NOT_SPONSOR_OR_CMB}).</li>
 * </ul>
 * All rest on {@link PolicyClause#PRINCIPLE_APPROVED_ACTIVITY}.
 */
public final class SponsorPolicy {

    private SponsorPolicy() {
    }

    /** Whether the employee may revise the business case or risk plan. */
    public static Decision mayRevise(Employee actor, EmployeeId submitter, BusinessArea sponsoringArea) {
        if (isSponsor(actor, submitter, sponsoringArea)) {
            return Decision.allowed();
        }
        return Decision.refused("NOT_SUBMITTER_OR_SPONSOR", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                actor.name() + " is neither the submitter nor an employee of the sponsoring business area "
                        + sponsoringArea.name() + ", so cannot revise this initiative");
    }

    /** Whether the employee may submit the initiative. */
    public static Decision maySubmit(Employee actor, EmployeeId submitter) {
        Objects.requireNonNull(actor, "actor must not be null");
        if (actor.id().equals(submitter)) {
            return Decision.allowed();
        }
        return Decision.refused("ONLY_SUBMITTER_MAY_SUBMIT", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                actor.name() + " is not the submitter of this initiative; only the submitter (" + submitter
                        + ") may submit it");
    }

    /** Whether the employee may activate or close the initiative. */
    public static Decision mayRun(Employee actor, EmployeeId submitter, BusinessArea sponsoringArea) {
        if (isSponsor(actor, submitter, sponsoringArea) || actor.worksInCmb()) {
            return Decision.allowed();
        }
        return Decision.refused("NOT_SPONSOR_OR_CMB", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                actor.name() + " is neither the submitter, an employee of the sponsoring business area "
                        + sponsoringArea.name() + ", nor in CMB, so cannot start or close this initiative");
    }

    private static boolean isSponsor(Employee actor, EmployeeId submitter, BusinessArea sponsoringArea) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(submitter, "submitter must not be null");
        Objects.requireNonNull(sponsoringArea, "sponsoring business area must not be null");
        return actor.id().equals(submitter) || actor.businessArea().equals(sponsoringArea);
    }
}
