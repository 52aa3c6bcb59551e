package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.Objects;

/**
 * Who may decide a submitted initiative: "approved by CMB". The decision-maker must work in CMB
 * ({@code DECISION_MAKER_NOT_IN_CMB}) and must not be the initiative's submitter, even when the submitter works in
 * CMB ({@code SUBMITTER_CANNOT_DECIDE}). Both rest on {@link PolicyClause#PRINCIPLE_APPROVED_ACTIVITY}.
 */
public final class DecisionPolicy {

    private DecisionPolicy() {
    }

    /** Whether the employee may approve, reject or request changes to an initiative with this submitter. */
    public static Decision mayDecide(Employee decisionMaker, EmployeeId submitter) {
        Objects.requireNonNull(decisionMaker, "decision maker must not be null");
        Objects.requireNonNull(submitter, "submitter must not be null");
        if (!decisionMaker.worksInCmb()) {
            return Decision.refused("DECISION_MAKER_NOT_IN_CMB", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                    decisionMaker.name() + " works in " + decisionMaker.businessArea().name()
                            + "; only the Communication and Media Branch decides social media initiatives");
        }
        if (decisionMaker.id().equals(submitter)) {
            return Decision.refused("SUBMITTER_CANNOT_DECIDE", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY,
                    decisionMaker.name() + " submitted this initiative and cannot decide it; another CMB officer"
                            + " must decide");
        }
        return Decision.allowed();
    }
}
