package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * Another business area's refusal to let a post speak for it, with why. While it stands the post cannot be submitted
 * speaking for that area; an edit of the post clears it, so that the changed post may be asked again.
 *
 * @param area the business area that refused
 * @param refusedBy who refused for it
 * @param refusedAt when
 * @param note why, 1 to 2,000 characters
 */
public record ConsentRefusal(BusinessArea area, EmployeeId refusedBy, Instant refusedAt, String note) {

    /** Refuses missing parts and a blank note. */
    public ConsentRefusal {
        Objects.requireNonNull(area, "refusing business area must not be null");
        Objects.requireNonNull(refusedBy, "who refused must not be null");
        Objects.requireNonNull(refusedAt, "refusal time must not be null");
        note = Text.required("why consent is refused", note, 2000);
    }
}
