package au.gov.dss.socialmedia.domain.initiative;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long an initiative is planned to run: from its first day to its last day, both included.
 *
 * @param start the first day
 * @param end the last day, not before the first
 */
public record PlannedPeriod(LocalDate start, LocalDate end) {

    /** Refuses missing dates and an end before the start. */
    public PlannedPeriod {
        Objects.requireNonNull(start, "planned period start must not be null");
        Objects.requireNonNull(end, "planned period end must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("planned period end " + end + " must not be before its start "
                    + start);
        }
    }

    /** The length of the period, counting both the first and the last day. */
    public Period length() {
        return Period.between(start, end.plusDays(1));
    }
}
