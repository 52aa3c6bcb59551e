package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * CMB's approval of the departmental branding and logos an account uses (key principle "Consider intellectual
 * property").
 *
 * @param approvedBy the CMB employee who approved it
 * @param approvedAt when
 * @param description what was approved (logo, banner, avatar...)
 */
public record BrandingApproval(EmployeeId approvedBy, Instant approvedAt, String description) {

    /** Refuses missing parts and a blank description. */
    public BrandingApproval {
        Objects.requireNonNull(approvedBy, "approver must not be null");
        Objects.requireNonNull(approvedAt, "approval time must not be null");
        description = Text.required("branding description", description, 500);
    }
}
