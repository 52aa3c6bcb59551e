package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The complete state of an {@link OfficialPost}, for persistence adapters.
 *
 * @param id the post's id
 * @param accountId the account it is for
 * @param author who wrote it
 * @param draftedAt when it was started
 * @param contributors the author and everyone who edited it
 * @param content what it says and shows
 * @param status the lifecycle state
 * @param approval the approval: present exactly when APPROVED or PUBLISHED (or withdrawn after either)
 * @param rejectionReason why it was rejected: present exactly when REJECTED
 * @param publishedWith the assessment it was published with: present exactly when it was published
 * @param publishedAt when it was published: present exactly when it was published
 * @param withdrawalReason why it was withdrawn: present exactly when WITHDRAWN
 * @param reviewedText the text as its last reviewer saw it (approved or rejected), or null before any review: what
 *        a reviewer compares the current text with
 * @param publishedAddress where the published post lives on the platform, or null until someone records it
 * @param publicationRefusal why its scheduled publication did not happen, or null
 * @param consentRefusals the refusals of business areas it speaks for, since it last changed
 */
public record PostSnapshot(PostId id, AccountId accountId, EmployeeId author, Instant draftedAt,
                           Set<EmployeeId> contributors, PostContent content, PostStatus status, Approval approval,
                           String rejectionReason, ComplianceAssessment publishedWith, Instant publishedAt,
                           String withdrawalReason, String reviewedText, String publishedAddress,
                           String publicationRefusal, List<ConsentRefusal> consentRefusals) {

    /** Refuses missing parts and parts that do not match the status. */
    public PostSnapshot {
        Objects.requireNonNull(id, "post id must not be null");
        Objects.requireNonNull(accountId, "account id must not be null");
        Objects.requireNonNull(author, "author must not be null");
        Objects.requireNonNull(draftedAt, "draft time must not be null");
        contributors = Set.copyOf(Objects.requireNonNull(contributors, "contributors must not be null"));
        if (!contributors.contains(author)) {
            throw new IllegalArgumentException("the author must be among the contributors");
        }
        Objects.requireNonNull(content, "post content must not be null");
        Objects.requireNonNull(status, "post status must not be null");
        consentRefusals = consentRefusals == null ? List.of() : List.copyOf(consentRefusals);
        requireExactly("rejection reason", rejectionReason, status == PostStatus.REJECTED);
        requireExactly("withdrawal reason", withdrawalReason, status == PostStatus.WITHDRAWN);
        if ((publishedWith == null) != (publishedAt == null)) {
            throw new IllegalArgumentException("a published post has both its assessment and its time");
        }
        if (status == PostStatus.PUBLISHED && publishedAt == null) {
            throw new IllegalArgumentException("a PUBLISHED post has its assessment and its time");
        }
        if (publishedAddress != null && publishedAt == null) {
            throw new IllegalArgumentException("only a published post has an address on its platform");
        }
        if ((status == PostStatus.APPROVED || status == PostStatus.PUBLISHED) && approval == null) {
            throw new IllegalArgumentException("an " + status + " post has its approval");
        }
    }

    /** A snapshot of a post never reviewed, published to no recorded address, with no refused publication. */
    public PostSnapshot(PostId id, AccountId accountId, EmployeeId author, Instant draftedAt,
                        Set<EmployeeId> contributors, PostContent content, PostStatus status, Approval approval,
                        String rejectionReason, ComplianceAssessment publishedWith, Instant publishedAt,
                        String withdrawalReason) {
        this(id, accountId, author, draftedAt, contributors, content, status, approval, rejectionReason,
                publishedWith, publishedAt, withdrawalReason, null, null, null, List.of());
    }

    private static void requireExactly(String field, Object value, boolean expected) {
        if ((value != null) != expected) {
            throw new IllegalArgumentException(field + (expected ? " is required" : " is not allowed")
                    + " in this status");
        }
    }
}
