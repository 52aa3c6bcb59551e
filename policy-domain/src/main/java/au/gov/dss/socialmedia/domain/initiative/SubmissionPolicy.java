package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rule for submitting an initiative to CMB: "before commencing a social media initiative, your activity must be
 * supported by a business case" and "a Risk Management Plan must accompany the business case". An initiative may
 * be submitted only when
 * <ul>
 *   <li>every part of the business case is filled in ({@code BUSINESS_CASE_INCOMPLETE});</li>
 *   <li>the risk management plan lists at least one risk ({@code RISK_PLAN_EMPTY});</li>
 *   <li>every HIGH or EXTREME risk has at least one control and an owner ({@code HIGH_RISK_UNTREATED});</li>
 *   <li>every risk says how it is monitored ({@code RISK_NOT_MONITORED}).</li>
 * </ul>
 * The refusal's code and clause name the first kind of gap in that order; its reason lists every gap of every
 * kind, so that one refusal tells the submitter all that is still to do.
 */
public final class SubmissionPolicy {

    private SubmissionPolicy() {
    }

    /** Every gap that stops submission, in the order of the form: business case first, then the risk plan. */
    public static List<String> gaps(BusinessCase businessCase, RiskManagementPlan riskPlan) {
        Objects.requireNonNull(businessCase, "business case must not be null");
        Objects.requireNonNull(riskPlan, "risk plan must not be null");
        List<String> gaps = new ArrayList<>();
        businessCase.missingParts().forEach(part -> gaps.add("the business case has no " + part));
        gaps.addAll(riskPlan.gaps());
        return List.copyOf(gaps);
    }

    /** Allowed when the business case and plan are complete; otherwise refused, listing every gap. */
    public static Decision assess(BusinessCase businessCase, RiskManagementPlan riskPlan) {
        List<String> gaps = gaps(businessCase, riskPlan);
        if (gaps.isEmpty()) {
            return Decision.allowed();
        }
        String reason = "the initiative cannot be submitted until its business case and risk management plan are"
                + " complete: " + String.join("; ", gaps);
        if (!businessCase.isComplete()) {
            return Decision.refused("BUSINESS_CASE_INCOMPLETE", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, reason);
        }
        if (riskPlan.risks().isEmpty()) {
            return Decision.refused("RISK_PLAN_EMPTY", PolicyClause.PRINCIPLE_RISK_MANAGEMENT, reason);
        }
        boolean untreated = riskPlan.risksRequiringTreatment().stream()
                .anyMatch(risk -> risk.controls().isEmpty() || risk.owner().isEmpty());
        if (untreated) {
            return Decision.refused("HIGH_RISK_UNTREATED", PolicyClause.PRINCIPLE_RISK_MANAGEMENT, reason);
        }
        return Decision.refused("RISK_NOT_MONITORED", PolicyClause.PRINCIPLE_RISK_MANAGEMENT, reason);
    }
}
