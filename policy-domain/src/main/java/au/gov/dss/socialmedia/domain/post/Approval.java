package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's approval of a post's content.
 *
 * @param approver who approved it (never its author or an editor)
 * @param approvedAt when
 * @param note the reviewer's note (may be empty)
 */
public record Approval(EmployeeId approver, Instant approvedAt, String note) {

    /** Refuses missing parts. */
    public Approval {
        Objects.requireNonNull(approver, "approver must not be null");
        Objects.requireNonNull(approvedAt, "approval time must not be null");
        note = Text.optional("approval note", note, 2000);
    }
}
