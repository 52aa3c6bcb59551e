package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostApproved;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostDrafted;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostEdited;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostPublished;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostRejected;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostSubmitted;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostWithdrawn;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A post an authorised employee writes for an official account: the aggregate root of this package.
 *
 * <pre>
 *   DRAFT --submit--&gt; SUBMITTED --approve--&gt; APPROVED --publish--&gt; PUBLISHED
 *                              \--reject---&gt; REJECTED --edit--&gt; DRAFT
 *   APPROVED --edit--&gt; SUBMITTED (back to review)
 *   any state but WITHDRAWN --withdraw--&gt; WITHDRAWN
 * </pre>
 *
 * <p>Nobody approves their own post; only a current Communication Account Manager reviews; a post is published by
 * someone authorised for that account and activity at that moment, to an ACTIVE account, with the consent of
 * every other business area it speaks for, and with a compliance assessment of its exact content that has no
 * blocking finding.
 */
public final class OfficialPost {

    /** A new draft with the event that records it. */
    public record Draft(OfficialPost post, PostDrafted event) {
    }

    private static final Set<PostStatus> EDITABLE =
            EnumSet.of(PostStatus.DRAFT, PostStatus.SUBMITTED, PostStatus.APPROVED, PostStatus.REJECTED);

    private final PostId id;
    private final AccountId accountId;
    private final EmployeeId author;
    private final Instant draftedAt;
    private final Set<EmployeeId> contributors;
    private PostContent content;
    private PostStatus status;
    private Approval approval;
    private String rejectionReason;
    private ComplianceAssessment publishedWith;
    private Instant publishedAt;
    private String withdrawalReason;

    private OfficialPost(PostSnapshot s) {
        this.id = s.id();
        this.accountId = s.accountId();
        this.author = s.author();
        this.draftedAt = s.draftedAt();
        this.contributors = new LinkedHashSet<>(s.contributors());
        this.content = s.content();
        this.status = s.status();
        this.approval = s.approval();
        this.rejectionReason = s.rejectionReason();
        this.publishedWith = s.publishedWith();
        this.publishedAt = s.publishedAt();
        this.withdrawalReason = s.withdrawalReason();
    }

    /**
     * Starts a post for an account. The author must be authorised to post to it now.
     *
     * @throws CommandRefusedException when the author holds no authority to post to the account
     */
    public static Draft draft(Employee author, SocialMediaAccount account, PostContent content,
                              AuthorityCheck authority, Clock clock) {
        Objects.requireNonNull(content, "post content must not be null");
        Instant now = clock.instant();
        PublicationPolicy.mayPostTo(account, author.id(), authority, now).orThrow();
        OfficialPost post = new OfficialPost(new PostSnapshot(PostId.newId(), account.id(), author.id(), now,
                Set.of(author.id()), content, PostStatus.DRAFT, null, null, null, null, null));
        return new Draft(post, new PostDrafted(EventId.newId(), now, author.id(), post.id, account.id()));
    }

    /** Rebuilds a post from its stored state. */
    public static OfficialPost restore(PostSnapshot snapshot) {
        return new OfficialPost(Objects.requireNonNull(snapshot, "snapshot must not be null"));
    }

    /**
     * Replaces the content. The editor must be authorised to post to the account; an approved post goes back to
     * review and a rejected one becomes a draft again. The editor becomes a contributor, who may not review it.
     */
    public PostEdited edit(Employee editor, SocialMediaAccount account, PostContent newContent,
                           AuthorityCheck authority, Clock clock) {
        Objects.requireNonNull(newContent, "post content must not be null");
        if (!EDITABLE.contains(status)) {
            throw refusedByState("edit a post");
        }
        Instant now = clock.instant();
        requireOwnAccount(account);
        PublicationPolicy.mayPostTo(account, editor.id(), authority, now).orThrow();
        PostStatus previous = status;
        status = switch (status) {
            case APPROVED, SUBMITTED -> PostStatus.SUBMITTED;
            default -> PostStatus.DRAFT;
        };
        content = newContent;
        approval = null;
        rejectionReason = null;
        contributors.add(editor.id());
        return new PostEdited(EventId.newId(), now, editor.id(), id, previous, status);
    }

    /** Sends a draft for review; every other business area it speaks for must have consented. */
    public PostSubmitted submit(Employee actor, SocialMediaAccount account, Clock clock) {
        if (status != PostStatus.DRAFT) {
            throw refusedByState("submit a post");
        }
        requireOwnAccount(account);
        requireContributor(actor, "submit");
        PublicationPolicy.hasConsents(content, account.owningArea()).orThrow();
        status = PostStatus.SUBMITTED;
        return new PostSubmitted(EventId.newId(), clock.instant(), actor.id(), id);
    }

    /** Approves a submitted post; the reviewer is a current Communication Account Manager who did not write it. */
    public PostApproved approve(Employee reviewer, String note, AuthorityCheck authority, Clock clock) {
        if (status != PostStatus.SUBMITTED) {
            throw refusedByState("approve a post");
        }
        Instant now = clock.instant();
        Approval newApproval = new Approval(reviewer.id(), now, note);
        ReviewPolicy.mayReview(this, reviewer, authority, now).orThrow();
        status = PostStatus.APPROVED;
        approval = newApproval;
        return new PostApproved(EventId.newId(), now, reviewer.id(), id, newApproval.note());
    }

    /** Rejects a submitted post with reasons. */
    public PostRejected reject(Employee reviewer, String reason, AuthorityCheck authority, Clock clock) {
        if (status != PostStatus.SUBMITTED) {
            throw refusedByState("reject a post");
        }
        String checkedReason = Text.required("rejection reason", reason, 2000);
        Instant now = clock.instant();
        ReviewPolicy.mayReview(this, reviewer, authority, now).orThrow();
        status = PostStatus.REJECTED;
        rejectionReason = checkedReason;
        return new PostRejected(EventId.newId(), now, reviewer.id(), id, checkedReason);
    }

    /**
     * Publishes an approved post.
     *
     * @param publisher who publishes it: authorised for the account and activity now
     * @param account the account it was written for: must be ACTIVE
     * @param assessment the compliance engine's assessment of the content as it is now
     * @throws CommandRefusedException when any condition of the {@link PublicationPolicy} fails
     */
    public PostPublished publish(Employee publisher, SocialMediaAccount account, ComplianceAssessment assessment,
                                 AuthorityCheck authority, Clock clock) {
        if (status != PostStatus.APPROVED) {
            throw refusedByState("publish a post");
        }
        requireOwnAccount(account);
        Instant now = clock.instant();
        account.acceptsPublication()
                .and(() -> PublicationPolicy.mayPostTo(account, publisher.id(), authority, now))
                .and(() -> PublicationPolicy.hasConsents(content, account.owningArea()))
                .and(() -> PublicationPolicy.isCleared(content, assessment))
                .orThrow();
        status = PostStatus.PUBLISHED;
        publishedWith = assessment;
        publishedAt = now;
        return new PostPublished(EventId.newId(), now, publisher.id(), id, accountId, author, content, approval,
                assessment);
    }

    /**
     * Withdraws the post, or records that a published post was taken down. The actor must be authorised to post
     * to the account, or be its author while it is unpublished.
     */
    public PostWithdrawn withdraw(Employee actor, SocialMediaAccount account, String reason, AuthorityCheck authority,
                                  Clock clock) {
        if (status == PostStatus.WITHDRAWN) {
            throw refusedByState("withdraw a post");
        }
        requireOwnAccount(account);
        String checkedReason = Text.required("withdrawal reason", reason, 2000);
        Instant now = clock.instant();
        boolean authorOfUnpublished = actor.id().equals(author) && status != PostStatus.PUBLISHED;
        if (!authorOfUnpublished) {
            PublicationPolicy.mayPostTo(account, actor.id(), authority, now).orThrow();
        }
        PostStatus previous = status;
        status = PostStatus.WITHDRAWN;
        withdrawalReason = checkedReason;
        return new PostWithdrawn(EventId.newId(), now, actor.id(), id, previous, checkedReason);
    }

    /** The complete state, for persistence and for comparing before and after a command. */
    public PostSnapshot snapshot() {
        return new PostSnapshot(id, accountId, author, draftedAt, contributors, content, status, approval,
                rejectionReason, publishedWith, publishedAt, withdrawalReason);
    }

    /** The post's identifier. */
    public PostId id() {
        return id;
    }

    /** The account it is written for. */
    public AccountId accountId() {
        return accountId;
    }

    /** Who wrote it. */
    public EmployeeId author() {
        return author;
    }

    /** Everyone who wrote or edited it: none of them may review it. */
    public Set<EmployeeId> contributors() {
        return Set.copyOf(contributors);
    }

    /** What it says and shows now. */
    public PostContent content() {
        return content;
    }

    /** The lifecycle state. */
    public PostStatus status() {
        return status;
    }

    /** The approval of the current content, if approved. */
    public Optional<Approval> approval() {
        return Optional.ofNullable(approval);
    }

    /** Why it was rejected, while it is REJECTED. */
    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** The assessment it was published with, once published. */
    public Optional<ComplianceAssessment> publishedWith() {
        return Optional.ofNullable(publishedWith);
    }

    /** When it was published, once published. */
    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    private void requireOwnAccount(SocialMediaAccount account) {
        if (!account.id().equals(accountId)) {
            throw new CommandRefusedException(new Refusal("POST_FOR_OTHER_ACCOUNT", PolicyClause.PRINCIPLE_IDENTITY,
                    "post " + id + " was written for account " + accountId + ", not " + account.id()));
        }
    }

    private void requireContributor(Employee actor, String action) {
        if (!contributors.contains(actor.id())) {
            throw new CommandRefusedException(new Refusal("NOT_A_CONTRIBUTOR", PolicyClause.PRINCIPLE_THINK_FIRST,
                    actor.id() + " neither wrote nor edited post " + id + " and so cannot " + action + " it"));
        }
    }

    private CommandRefusedException refusedByState(String action) {
        return new CommandRefusedException(Refusal.stateForbids(action, status, PolicyClause.PRINCIPLE_THINK_FIRST));
    }

    @Override
    public String toString() {
        return "OfficialPost[" + id + ", account " + accountId + ", " + status + "]";
    }
}
