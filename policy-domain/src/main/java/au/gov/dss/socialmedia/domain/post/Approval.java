package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A reviewer's approval of a post's content.
 *
 * @param approver who approved it (never its author or an editor)
 * @param approvedAt when
 * @param note the reviewer's note (may be empty)
 * @param acknowledged the findings calling for review that the reviewer acknowledged, one by one, in approving
 * @param publishAt when the post is to be published by itself, or null when a person publishes it
 */
public record Approval(EmployeeId approver, Instant approvedAt, String note, List<Finding> acknowledged,
                       Instant publishAt) {

    /** Refuses missing parts; no acknowledgements means none. */
    public Approval {
        Objects.requireNonNull(approver, "approver must not be null");
        Objects.requireNonNull(approvedAt, "approval time must not be null");
        note = Text.optional("approval note", note, 2000);
        acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
    }

    /** An approval with nothing acknowledged, for a person to publish. */
    public Approval(EmployeeId approver, Instant approvedAt, String note) {
        this(approver, approvedAt, note, List.of(), null);
    }

    /** Whether the post is scheduled: published by itself at {@link #publishAt()}. */
    public boolean isScheduled() {
        return publishAt != null;
    }

    /** The same approval, no longer scheduled (a scheduled publication that could not happen). */
    public Approval unscheduled() {
        return new Approval(approver, approvedAt, note, acknowledged, null);
    }
}
