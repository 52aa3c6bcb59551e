package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.VersionedRow;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
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
public class PostEntity extends VersionedRow {

    String accountId;

    String author;

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

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostConsentRefusalEntity> consentRefusals = new ArrayList<>();

    String status;

    String approver;

    Instant approvedAt;

    String approvalNote;

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostAcknowledgementEntity> acknowledged = new ArrayList<>();

    /** When the approved post publishes itself; null when a person publishes it. */
    Instant publishAt;

    /** The text as its last reviewer saw it; null before any review. */
    String reviewedText;

    /** Why its scheduled publication did not happen; null when it did or was not scheduled. */
    String publicationRefusal;

    String rejectionReason;

    Instant publishedAt;

    /** Where the published post lives on its platform; null until recorded. */
    String publishedAddress;

    /** The policy version of the assessment the post was published with; null when it was not published. */
    String assessmentPolicyVersion;

    Instant assessmentAssessedAt;

    String assessmentContentDigest;

    @OneToMany(mappedBy = "post", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<PostFindingEntity> findings = new ArrayList<>();

    String withdrawalReason;

    /** For JPA. */
    protected PostEntity() {
    }

    PostEntity(String id) {
        super(id);
    }

}
