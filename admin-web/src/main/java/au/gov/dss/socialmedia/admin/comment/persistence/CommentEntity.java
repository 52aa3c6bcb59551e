package au.gov.dss.socialmedia.admin.comment.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.VersionedRow;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The row of a public comment, with its latest compliance screening and its moderation (one set of columns for
 * every kind of decision; {@code moderationKind} says which). Mapped to and from the domain's
 * {@code PublicComment} snapshot by {@link CommentMapper}; the domain never sees this class.
 */
@Entity
@Table(name = "public_comment")
public class CommentEntity extends VersionedRow {

    String accountId;

    String platformReference;

    String authorName;

    @Column(name = "comment_text")
    String text;

    Instant receivedAt;

    String status;

    /** The policy version of the latest screening; null when the comment was not screened. */
    String assessmentPolicyVersion;

    Instant assessmentAssessedAt;

    String assessmentContentDigest;

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<CommentFindingEntity> findings = new ArrayList<>();

    /** NO_ACTION, REPLY, SWITCH_CHANNEL, HIDE or REMOVE; null until moderated. */
    String moderationKind;

    /** The reply, or the switch-channel wording. */
    String moderationText;

    String moderationChannel;

    Boolean moderationHides;

    String moderationGround;

    String moderator;

    Instant moderatedAt;

    /** For JPA. */
    protected CommentEntity() {
    }

    CommentEntity(String id) {
        super(id);
    }

}
