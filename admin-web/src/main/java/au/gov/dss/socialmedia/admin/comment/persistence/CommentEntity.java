package au.gov.dss.socialmedia.admin.comment.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
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
public class CommentEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "account_id")
    String accountId;

    @Column(name = "platform_reference")
    String platformReference;

    @Column(name = "author_name")
    String authorName;

    @Column(name = "comment_text")
    String text;

    @Column(name = "received_at")
    Instant receivedAt;

    @Column(name = "status")
    String status;

    /** The policy version of the latest screening; null when the comment was not screened. */
    @Column(name = "assessment_policy_version")
    String assessmentPolicyVersion;

    @Column(name = "assessment_assessed_at")
    Instant assessmentAssessedAt;

    @Column(name = "assessment_content_digest")
    String assessmentContentDigest;

    @OneToMany(mappedBy = "comment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<CommentFindingEntity> findings = new ArrayList<>();

    /** NO_ACTION, REPLY, SWITCH_CHANNEL, HIDE or REMOVE; null until moderated. */
    @Column(name = "moderation_kind")
    String moderationKind;

    /** The reply, or the switch-channel wording. */
    @Column(name = "moderation_text")
    String moderationText;

    @Column(name = "moderation_channel")
    String moderationChannel;

    @Column(name = "moderation_hides")
    Boolean moderationHides;

    @Column(name = "moderation_ground")
    String moderationGround;

    @Column(name = "moderator")
    String moderator;

    @Column(name = "moderated_at")
    Instant moderatedAt;

    @Version
    @Column(name = "version")
    long version;

    /** For JPA. */
    protected CommentEntity() {
    }

    CommentEntity(String id) {
        this.id = id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
