package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure taken pending the outcome of a conduct matter: a suspension or a temporary re-assignment of duties.
 * It is recorded on the matter, but it is NOT a sanction: it is not a {@link Sanction}, it needs no breach
 * determination, and it is kept apart from the sanctions imposed.
 *
 * @param kind suspension or re-assignment
 * @param description what the measure is (for a re-assignment, the duties), up to 2000 characters; required for a
 *                    re-assignment, empty when none was given for a suspension
 * @param from the first day of the measure
 * @param until the last day of the measure, or null when it lasts until the outcome
 */
public record InterimMeasure(InterimMeasureKind kind, String description, LocalDate from, LocalDate until) {

    /** Refuses missing parts, a re-assignment without description, and an end before the start. */
    public InterimMeasure {
        Objects.requireNonNull(kind, "interim measure kind must not be null");
        description = kind == InterimMeasureKind.REASSIGNMENT_PENDING_OUTCOME
                ? Text.required("interim measure description", description, 2000)
                : Text.optional("interim measure description", description, 2000);
        Objects.requireNonNull(from, "interim measure start must not be null");
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("interim measure end " + until + " must not be before its start "
                    + from);
        }
    }

    /** A suspension from the given day until the outcome. */
    public static InterimMeasure suspension(LocalDate from, String description) {
        return new InterimMeasure(InterimMeasureKind.SUSPENSION_PENDING_OUTCOME, description, from, null);
    }

    /** A re-assignment to the described duties between the given days ({@code until} may be null). */
    public static InterimMeasure reassignment(String duties, LocalDate from, LocalDate until) {
        return new InterimMeasure(InterimMeasureKind.REASSIGNMENT_PENDING_OUTCOME, duties, from, until);
    }

    /** The last day of the measure, when one was set. */
    public Optional<LocalDate> untilIfAny() {
        return Optional.ofNullable(until);
    }
}
