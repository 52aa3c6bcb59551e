package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import java.time.Instant;

/** What happened to a public comment. */
public sealed interface CommentEvent extends DomainEvent {

    /** The comment it happened to. */
    CommentId commentId();

    /**
     * A comment was received on an official account. No employee acted: {@code actor} is null.
     *
     * @param eventId the event's id
     * @param occurredAt when it was recorded
     * @param actor null: the public made it
     * @param commentId the comment
     * @param accountId the account it was made on
     * @param authorName the commenter's public name on the platform
     * @param text what they wrote
     */
    record CommentReceived(EventId eventId, Instant occurredAt, EmployeeId actor, CommentId commentId,
                           AccountId accountId, String authorName, String text) implements CommentEvent {
    }

    /**
     * A moderator decided what to do with a comment.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor the moderator
     * @param commentId the comment
     * @param accountId the account it was made on
     * @param text the comment as received
     * @param decision the decision, with the switch-channel reply or the Terms of Use ground
     * @param assessment the compliance screen the moderator saw, if any
     */
    record CommentModerated(EventId eventId, Instant occurredAt, EmployeeId actor, CommentId commentId,
                            AccountId accountId, String text, ModerationDecision decision,
                            ComplianceAssessment assessment) implements CommentEvent {
    }
}
