package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.Objects;

/**
 * The start of the preliminary assessment of a report.
 *
 * @param assessor the officer who started it
 * @param startedAt when
 */
public record PreliminaryAssessment(EmployeeId assessor, Instant startedAt) {

    /** Refuses missing parts. */
    public PreliminaryAssessment {
        Objects.requireNonNull(assessor, "assessor must not be null");
        Objects.requireNonNull(startedAt, "assessment start must not be null");
    }
}
