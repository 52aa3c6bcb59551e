package au.gov.dss.socialmedia.admin.post.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The row of an official post, with its contributors, content and the compliance assessment it was published with.
 * Mapped to and from the domain's {@code OfficialPost} snapshot by {@link PostMapper}; the domain never sees this
 * class.
 */
@Entity
@Table(name = "official_post")
public class PostEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "account_id")
    String accountId;

    @Column(name = "author")
    String author;

    @Column(name = "drafted_at")
    Instant draftedAt;

    @ElementCollection
    @CollectionTable(name = "post_contributor", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "employee_id")
    Set<String> contributors = new HashSet<>();

    @Column(name = "post_text")
    String text;

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostMediaEntity> media = new ArrayList<>();

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostSourceEntity> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "post_speaks_for", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "area_code")
    Set<String> speaksFor = new HashSet<>();

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostConsentEntity> consents = new ArrayList<>();

    @Column(name = "status")
    String status;

    @Column(name = "approver")
    String approver;

    @Column(name = "approved_at")
    Instant approvedAt;

    @Column(name = "approval_note")
    String approvalNote;

    @Column(name = "rejection_reason")
    String rejectionReason;

    @Column(name = "published_at")
    Instant publishedAt;

    /** The policy version of the assessment the post was published with; null when it was not published. */
    @Column(name = "assessment_policy_version")
    String assessmentPolicyVersion;

    @Column(name = "assessment_assessed_at")
    Instant assessmentAssessedAt;

    @Column(name = "assessment_content_digest")
    String assessmentContentDigest;

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostFindingEntity> findings = new ArrayList<>();

    @Column(name = "withdrawal_reason")
    String withdrawalReason;

    @Version
    @Column(name = "version")
    long version;

    /** For JPA. */
    protected PostEntity() {
    }

    PostEntity(String id) {
        this.id = id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
