package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The delegate's decision of the sanctions imposed.
 *
 * @param imposed the sanctions imposed, at least one
 * @param annualSalary the employee's annual salary the decision was checked against
 * @param delegate the delegate who decided
 * @param delegation the delegation they acted under
 * @param decidedAt when
 */
public record SanctionDecision(List<Sanction> imposed, Money annualSalary, EmployeeId delegate, String delegation,
                               Instant decidedAt) {

    /** Refuses missing parts and an empty decision. */
    public SanctionDecision {
        imposed = Checks.nonEmptyList("imposed sanctions", imposed);
        Objects.requireNonNull(annualSalary, "annual salary must not be null");
        Objects.requireNonNull(delegate, "delegate must not be null");
        delegation = Text.required("delegation", delegation, 500);
        Objects.requireNonNull(decidedAt, "sanction decision time must not be null");
    }
}
