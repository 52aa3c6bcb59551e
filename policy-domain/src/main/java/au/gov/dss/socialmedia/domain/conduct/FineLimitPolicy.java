package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A fine for one behaviour may not exceed 2% of the employee's annual salary: the fines proposed or imposed for
 * the same behaviour together must be at most that share (to the cent, rounded down). Refusal code
 * {@code FINE_EXCEEDS_TWO_PERCENT_OF_SALARY}.
 */
public final class FineLimitPolicy {

    /** The largest share of the annual salary that the fines for one behaviour may take: 2%. */
    public static final BigDecimal MAXIMUM_SHARE_OF_SALARY = new BigDecimal("0.02");

    /** The policy (it holds no state). */
    public FineLimitPolicy() {
    }

    /** The largest fine for one behaviour on the given annual salary. */
    public Money maximumFinePerBehaviour(Money annualSalary) {
        Objects.requireNonNull(annualSalary, "annual salary must not be null");
        return annualSalary.shareRoundedDown(MAXIMUM_SHARE_OF_SALARY);
    }

    /** Are the fines among the sanctions within the limit, behaviour by behaviour? */
    public Decision check(Collection<? extends Sanction> sanctions, Money annualSalary) {
        Objects.requireNonNull(sanctions, "sanctions must not be null");
        Money maximum = maximumFinePerBehaviour(annualSalary);
        Map<BehaviourId, Money> totals = new TreeMap<>();
        for (Sanction sanction : sanctions) {
            if (sanction instanceof Sanction.FineBySalaryDeduction fine) {
                totals.merge(fine.behaviour(), fine.amount(), Money::plus);
            }
        }
        for (Map.Entry<BehaviourId, Money> total : totals.entrySet()) {
            if (total.getValue().isMoreThan(maximum)) {
                return Decision.refused("FINE_EXCEEDS_TWO_PERCENT_OF_SALARY", PolicyClause.SANCTIONS,
                        "the fines for behaviour " + total.getKey() + " total " + total.getValue()
                                + ", more than 2% of the annual salary of " + annualSalary + " (at most " + maximum
                                + ")");
            }
        }
        return Decision.allowed();
    }
}
