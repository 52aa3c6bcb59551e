package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostAddressRecorded;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostApproved;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostDrafted;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostEdited;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostPublicationRefused;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostPublished;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostRejected;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostSubmitted;
import au.gov.dss.socialmedia.domain.post.PostEvent.PostWithdrawn;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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
 * <p>Nobody approves their own post; only a current Communication Account Manager reviews, with an assessment of
 * the content as it is: never one with a blocking finding, and each finding calling for review acknowledged one by
 * one. An approval may name the time the post publishes itself; at that time every rule of publication is checked
 * again, as of that instant, for the author. A post is published by
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
    private String reviewedText;
    private String publishedAddress;
    private String publicationRefusal;
    private List<ConsentRefusal> consentRefusals;

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
        this.reviewedText = s.reviewedText();
        this.publishedAddress = s.publishedAddress();
        this.publicationRefusal = s.publicationRefusal();
        this.consentRefusals = new java.util.ArrayList<>(s.consentRefusals());
    }

    /**
     * Starts a post for an account. The author must be authorised to post to it now, and the text must fit the
     * account's platform ({@link PlatformLength}).
     *
     * @throws CommandRefusedException when the author holds no authority to post to the account
     */
    public static Draft draft(Employee author, SocialMediaAccount account, PostContent content,
                              AuthorityCheck authority, Clock clock) {
        Objects.requireNonNull(content, "post content must not be null");
        Instant now = clock.instant();
        PublicationPolicy.mayPostTo(account, author.id(), authority, now)
                .and(() -> PlatformLength.fits(account.address().platform(), content.text()))
                .orThrow();
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
        if (!isEditable()) {
            throw refusedByState("edit a post");
        }
        Instant now = clock.instant();
        requireOwnAccount(account);
        PublicationPolicy.mayPostTo(account, editor.id(), authority, now)
                .and(() -> PlatformLength.fits(account.address().platform(), newContent.text()))
                .orThrow();
        PostStatus previous = status;
        status = switch (status) {
            case APPROVED, SUBMITTED -> PostStatus.SUBMITTED;
            default -> PostStatus.DRAFT;
        };
        content = newContent;
        approval = null;
        rejectionReason = null;
        publicationRefusal = null;
        consentRefusals.clear();
        contributors.add(editor.id());
        return new PostEdited(EventId.newId(), now, editor.id(), id, previous, status);
    }

    /**
     * The consent of a business area the draft speaks for, given with its advice by an employee of that area who
     * did not write or edit it ({@link ConsentPolicy}); it becomes part of the content.
     */
    public PostEvent.PostConsentGiven giveConsent(Employee giver, SocialMediaAccount account, BusinessArea area,
                                                  String advice, Clock clock) {
        answerable(giver, account, area);
        Instant now = clock.instant();
        BusinessAreaConsent consent = new BusinessAreaConsent(area, giver.id(),
                java.time.LocalDate.ofInstant(now, clock.getZone()), advice);
        List<BusinessAreaConsent> consents = new java.util.ArrayList<>(content.consents());
        consents.add(consent);
        content = new PostContent(content.text(), content.media(), content.sources(), content.speaksFor(), consents);
        return new PostEvent.PostConsentGiven(EventId.newId(), now, giver.id(), id, area, consent.advice());
    }

    /**
     * A business area's refusal to let the draft speak for it, with why, by an employee of that area who did not
     * write or edit it: the draft cannot be submitted speaking for the area until it changes.
     */
    public PostEvent.PostConsentRefused refuseConsent(Employee giver, SocialMediaAccount account, BusinessArea area,
                                                      String note, Clock clock) {
        answerable(giver, account, area);
        Instant now = clock.instant();
        ConsentRefusal refusal = new ConsentRefusal(area, giver.id(), now, note);
        consentRefusals.add(refusal);
        return new PostEvent.PostConsentRefused(EventId.newId(), now, giver.id(), id, area, refusal.note());
    }

    private void answerable(Employee giver, SocialMediaAccount account, BusinessArea area) {
        if (status != PostStatus.DRAFT) {
            throw refusedByState("answer for a business area on a post");
        }
        requireOwnAccount(account);
        ConsentPolicy.mayAnswer(this, account, giver, area).orThrow();
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

    /**
     * Approves a submitted post. The reviewer is a current Communication Account Manager who did not write or edit
     * it; the assessment is of the content as it is now and has no blocking finding; every finding that calls for
     * review (a warning) is among those acknowledged, and the acknowledgements are kept with the approval. With a
     * publication time (after now) the post publishes itself then.
     *
     * @param acknowledged the warnings the reviewer acknowledged, one by one
     * @param publishAt when the post is to publish itself, or null for a person to publish it
     * @throws CommandRefusedException when any of these rules fails
     */
    public PostApproved approve(Employee reviewer, String note, ComplianceAssessment assessment,
                                List<Finding> acknowledged, Instant publishAt, AuthorityCheck authority, Clock clock) {
        if (status != PostStatus.SUBMITTED) {
            throw refusedByState("approve a post");
        }
        Instant now = clock.instant();
        Approval newApproval = new Approval(reviewer.id(), now, note, acknowledged, publishAt);
        ReviewPolicy.mayReview(this, reviewer, authority, now)
                .and(() -> PublicationPolicy.isCleared(content, assessment))
                .and(() -> ReviewPolicy.acknowledgesEveryWarning(assessment, newApproval.acknowledged()))
                .and(() -> ReviewPolicy.isLater(publishAt, now))
                .orThrow();
        status = PostStatus.APPROVED;
        approval = newApproval;
        reviewedText = content.text();
        return new PostApproved(EventId.newId(), now, reviewer.id(), id, newApproval.note(),
                newApproval.acknowledged(), publishAt);
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
        reviewedText = content.text();
        return new PostRejected(EventId.newId(), now, reviewer.id(), id, checkedReason);
    }

    /**
     * Publishes an approved post, now, by a person.
     *
     * @param publisher who publishes it: authorised for the account and activity now
     * @param account the account it was written for: must be ACTIVE
     * @param assessment the compliance engine's assessment of the content as it is now
     * @param address where the post now lives on the platform (checked against the account's platform and
     *        handle), or null when it is to be recorded later
     * @throws CommandRefusedException when any condition of the {@link PublicationPolicy} fails
     */
    public PostPublished publish(Employee publisher, SocialMediaAccount account, ComplianceAssessment assessment,
                                 String address, AuthorityCheck authority, Clock clock) {
        if (status != PostStatus.APPROVED) {
            throw refusedByState("publish a post");
        }
        requireOwnAccount(account);
        Instant now = clock.instant();
        mayPublish(publisher.id(), account, assessment, authority, now)
                .and(() -> PublicationPolicy.isAddressOf(account, address))
                .orThrow();
        return published(publisher.id(), assessment, address, now);
    }

    /**
     * Publishes an approved post at its scheduled time, for its author, if every rule of publication still holds at
     * that instant. When one does not (the author's authority revoked, the account suspended, a finding of the rule
     * set now in force), nothing is published: the post stays approved, is no longer scheduled, and keeps why, for
     * its author to see.
     *
     * @param account the account it was written for
     * @param assessment the compliance engine's assessment of the content as it is now, by the rule set in force
     * @return the publication, or the refusal that stopped it
     * @throws CommandRefusedException when the post is not an approved, scheduled post whose time has come
     */
    public PostEvent publishScheduled(SocialMediaAccount account, ComplianceAssessment assessment,
                                      AuthorityCheck authority, Clock clock) {
        Instant now = clock.instant();
        if (!isDueForPublication(now)) {
            throw new CommandRefusedException(new Refusal("NOT_DUE", PolicyClause.PRINCIPLE_THINK_FIRST,
                    "post " + id + " is not an approved post scheduled for publication by now"));
        }
        requireOwnAccount(account);
        if (mayPublish(author, account, assessment, authority, now) instanceof Decision.Refused refused) {
            approval = approval.unscheduled();
            publicationRefusal = refused.refusal().reason() + " (" + refused.refusal().clause().citation() + ")";
            return new PostPublicationRefused(EventId.newId(), now, author, id, refused.refusal());
        }
        return published(author, assessment, null, now);
    }

    /**
     * Records where a published post lives on the platform (or corrects it). The actor must be authorised to post
     * to the account now; the address must belong to the account's platform and handle.
     */
    public PostAddressRecorded recordAddress(Employee actor, SocialMediaAccount account, String address,
                                             AuthorityCheck authority, Clock clock) {
        if (status != PostStatus.PUBLISHED) {
            throw refusedByState("record where a post lives");
        }
        requireOwnAccount(account);
        Instant now = clock.instant();
        PublicationPolicy.mayPostTo(account, actor.id(), authority, now)
                .and(() -> PublicationPolicy.isAddressOf(account, Objects.requireNonNull(address, "address")))
                .orThrow();
        publishedAddress = address.strip();
        return new PostAddressRecorded(EventId.newId(), now, actor.id(), id, publishedAddress);
    }

    private Decision mayPublish(EmployeeId publisher, SocialMediaAccount account, ComplianceAssessment assessment,
                                AuthorityCheck authority, Instant now) {
        return account.acceptsPublication()
                .and(() -> PublicationPolicy.mayPostTo(account, publisher, authority, now))
                .and(() -> PublicationPolicy.hasConsents(content, account.owningArea()))
                .and(() -> PublicationPolicy.isCleared(content, assessment));
    }

    private PostPublished published(EmployeeId publisher, ComplianceAssessment assessment, String address,
                                    Instant now) {
        status = PostStatus.PUBLISHED;
        publishedWith = assessment;
        publishedAt = now;
        publishedAddress = address == null || address.isBlank() ? null : address.strip();
        publicationRefusal = null;
        return new PostPublished(EventId.newId(), now, publisher, id, accountId, author, content, approval,
                assessment, publishedAddress);
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
        mayWithdraw(actor.id(), account, authority, now).orThrow();
        PostStatus previous = status;
        status = PostStatus.WITHDRAWN;
        withdrawalReason = checkedReason;
        return new PostWithdrawn(EventId.newId(), now, actor.id(), id, previous, checkedReason);
    }

    /** Whether its content may still be edited (a draft, or a post in review, approved or rejected). */
    public boolean isEditable() {
        return EDITABLE.contains(status);
    }

    /** Whether it is an approved post scheduled to publish itself by the instant. */
    public boolean isDueForPublication(Instant at) {
        return status == PostStatus.APPROVED && approval.isScheduled() && !approval.publishAt().isAfter(at);
    }

    /**
     * Whether the employee may withdraw it at the instant: anyone authorised to post to its account, or its author
     * while it is unpublished; never once withdrawn.
     */
    public Decision mayWithdraw(EmployeeId actor, SocialMediaAccount account, AuthorityCheck authority, Instant at) {
        if (status == PostStatus.WITHDRAWN) {
            return new Decision.Refused(Refusal.stateForbids("withdraw a post", status,
                    PolicyClause.PRINCIPLE_THINK_FIRST));
        }
        boolean authorOfUnpublished = actor.equals(author) && status != PostStatus.PUBLISHED;
        return authorOfUnpublished ? Decision.allowed() : PublicationPolicy.mayPostTo(account, actor, authority, at);
    }

    /** The complete state, for persistence and for comparing before and after a command. */
    public PostSnapshot snapshot() {
        return new PostSnapshot(id, accountId, author, draftedAt, contributors, content, status, approval,
                rejectionReason, publishedWith, publishedAt, withdrawalReason, reviewedText, publishedAddress,
                publicationRefusal, consentRefusals);
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

    /** The text as its last reviewer saw it, once reviewed: what a reviewer compares the current text with. */
    public Optional<String> reviewedText() {
        return Optional.ofNullable(reviewedText);
    }

    /** The refusals of business areas it speaks for, since it last changed. */
    public List<ConsentRefusal> consentRefusals() {
        return List.copyOf(consentRefusals);
    }

    /** Where the published post lives on the platform, once recorded. */
    public Optional<String> publishedAddress() {
        return Optional.ofNullable(publishedAddress);
    }

    /** Why its scheduled publication did not happen, until it is edited or published. */
    public Optional<String> publicationRefusal() {
        return Optional.ofNullable(publicationRefusal);
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
