package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The notice given to the employee, after a breach determination, of the sanctions proposed.
 *
 * @param proposed the sanctions proposed, at least one
 * @param annualSalary the employee's annual salary the proposal was checked against
 * @param givenBy the officer who gave it
 * @param givenAt when
 */
public record SanctionNotice(List<Sanction> proposed, Money annualSalary, EmployeeId givenBy, Instant givenAt) {

    /** Refuses missing parts and an empty proposal. */
    public SanctionNotice {
        proposed = Checks.nonEmptyList("proposed sanctions", proposed);
        Objects.requireNonNull(annualSalary, "annual salary must not be null");
        Objects.requireNonNull(givenBy, "sanction notice given by must not be null");
        Objects.requireNonNull(givenAt, "sanction notice time must not be null");
    }
}
