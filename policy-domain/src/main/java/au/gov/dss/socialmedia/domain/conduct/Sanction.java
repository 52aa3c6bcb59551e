package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Text;
import java.util.Objects;

/**
 * A sanction of section 15(1) of the Public Service Act 1999, which the Secretary or a delegate may impose on an
 * employee found to have breached the Code of Conduct. Only these six exist; an {@link InterimMeasure} taken
 * pending the outcome is deliberately not one of them.
 */
public sealed interface Sanction permits Sanction.Termination, Sanction.ReductionInClassification,
        Sanction.ReassignmentOfDuties, Sanction.ReductionInSalary, Sanction.FineBySalaryDeduction,
        Sanction.Reprimand {

    /** Which of the six sanctions this is. */
    SanctionKind kind();

    /** Termination of employment, s15(1)(a). */
    record Termination() implements Sanction {
        @Override
        public SanctionKind kind() {
            return SanctionKind.TERMINATION;
        }
    }

    /**
     * Reduction in classification, s15(1)(b): always to a lower classification.
     *
     * @param from the employee's classification now
     * @param to the lower classification
     */
    record ReductionInClassification(ApsClassification from, ApsClassification to) implements Sanction {
        /** Refuses missing classifications and a "reduction" that is not to a lower one. */
        public ReductionInClassification {
            Objects.requireNonNull(from, "classification from must not be null");
            Objects.requireNonNull(to, "classification to must not be null");
            if (!to.isBelow(from)) {
                throw new IllegalArgumentException("classification to must be below classification from, but "
                        + to + " is not below " + from);
            }
        }

        /** The reduction between classifications written like {@code APS6} and {@code APS5}. */
        public static ReductionInClassification of(String from, String to) {
            return new ReductionInClassification(ApsClassification.of(from), ApsClassification.of(to));
        }

        @Override
        public SanctionKind kind() {
            return SanctionKind.REDUCTION_IN_CLASSIFICATION;
        }
    }

    /**
     * Re-assignment of duties, s15(1)(c).
     *
     * @param description the duties the employee is re-assigned to, 1 to 2000 characters
     */
    record ReassignmentOfDuties(String description) implements Sanction {
        /** Refuses a blank description. */
        public ReassignmentOfDuties {
            description = Text.required("re-assignment of duties description", description, 2000);
        }

        @Override
        public SanctionKind kind() {
            return SanctionKind.REASSIGNMENT_OF_DUTIES;
        }
    }

    /**
     * Reduction in salary, s15(1)(d), to a new annual salary below the employee's current one.
     *
     * @param newAnnualSalary the reduced annual salary, more than zero
     * @param period how long the reduction lasts (for example "12 months"), up to 500 characters; empty when
     *               it does not end
     */
    record ReductionInSalary(Money newAnnualSalary, String period) implements Sanction {
        /** Refuses a missing or zero salary. */
        public ReductionInSalary {
            Objects.requireNonNull(newAnnualSalary, "new annual salary must not be null");
            if (newAnnualSalary.isZero()) {
                throw new IllegalArgumentException("new annual salary must be more than zero");
            }
            period = Text.optional("salary reduction period", period, 500);
        }

        @Override
        public SanctionKind kind() {
            return SanctionKind.REDUCTION_IN_SALARY;
        }
    }

    /**
     * Deduction from salary by way of fine, s15(1)(e), for one behaviour. The fines for one behaviour together
     * may not exceed 2% of the employee's annual salary ({@link FineLimitPolicy}).
     *
     * @param behaviour the behaviour found in breach that the fine is for
     * @param amount the fine, more than zero
     */
    record FineBySalaryDeduction(BehaviourId behaviour, Money amount) implements Sanction {
        /** Refuses a missing behaviour and a missing or zero amount. */
        public FineBySalaryDeduction {
            Objects.requireNonNull(behaviour, "fine behaviour must not be null");
            Objects.requireNonNull(amount, "fine amount must not be null");
            if (amount.isZero()) {
                throw new IllegalArgumentException("fine amount must be more than zero");
            }
        }

        @Override
        public SanctionKind kind() {
            return SanctionKind.DEDUCTION_FROM_SALARY_BY_FINE;
        }
    }

    /**
     * Reprimand, s15(1)(f).
     *
     * @param text the reprimand, 1 to 4000 characters
     */
    record Reprimand(String text) implements Sanction {
        /** Refuses a blank text. */
        public Reprimand {
            text = Text.required("reprimand text", text, 4000);
        }

        @Override
        public SanctionKind kind() {
            return SanctionKind.REPRIMAND;
        }
    }
}
