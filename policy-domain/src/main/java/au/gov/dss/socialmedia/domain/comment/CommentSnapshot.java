package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import java.time.Instant;
import java.util.Objects;

/**
 * The complete state of a {@link PublicComment}, for persistence adapters.
 *
 * @param id the comment's id
 * @param accountId the account it was made on
 * @param platformReference the platform's own id for it
 * @param authorName the commenter's public name
 * @param text what they wrote
 * @param receivedAt when it was made
 * @param status RECEIVED or MODERATED
 * @param assessment the latest compliance screen, or null
 * @param moderation the moderation: present exactly when the status is MODERATED
 */
public record CommentSnapshot(CommentId id, AccountId accountId, String platformReference, String authorName,
                              String text, Instant receivedAt, CommentStatus status, ComplianceAssessment assessment,
                              PublicComment.Moderation moderation) {

    /** Refuses missing parts and a moderation that does not match the status. */
    public CommentSnapshot {
        Objects.requireNonNull(id, "comment id must not be null");
        Objects.requireNonNull(accountId, "account id must not be null");
        platformReference = Text.required("platform reference", platformReference, 200);
        authorName = Text.required("comment author", authorName, 200);
        text = PublicComment.checkedText(text);
        Objects.requireNonNull(receivedAt, "time received must not be null");
        Objects.requireNonNull(status, "comment status must not be null");
        if ((status == CommentStatus.MODERATED) != (moderation != null)) {
            throw new IllegalArgumentException("a moderation is recorded exactly when the comment is MODERATED"
                    + " (status " + status + ")");
        }
    }
}
