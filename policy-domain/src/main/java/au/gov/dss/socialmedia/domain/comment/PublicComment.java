package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.comment.CommentEvent.CommentModerated;
import au.gov.dss.socialmedia.domain.comment.CommentEvent.CommentReceived;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.CommentId;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A comment a member of the public made on an official account, and the moderation decision taken on it: the
 * aggregate root of this package. {@code RECEIVED -> MODERATED}.
 */
public final class PublicComment {

    /** A newly received comment with the event that records it. */
    public record Receipt(PublicComment comment, CommentReceived event) {
    }

    private final CommentId id;
    private final AccountId accountId;
    private final String platformReference;
    private final String authorName;
    private final String text;
    private final Instant receivedAt;
    private CommentStatus status;
    private ComplianceAssessment assessment;
    private Moderation moderation;

    private PublicComment(CommentSnapshot s) {
        this.id = s.id();
        this.accountId = s.accountId();
        this.platformReference = s.platformReference();
        this.authorName = s.authorName();
        this.text = s.text();
        this.receivedAt = s.receivedAt();
        this.status = s.status();
        this.assessment = s.assessment();
        this.moderation = s.moderation();
    }

    /**
     * Records a comment received on an official account.
     *
     * @param accountId the account it was made on
     * @param platformReference the platform's own id for the comment
     * @param authorName the commenter's public name
     * @param text what they wrote (may be long; kept as received)
     * @param receivedAt when the platform says it was made
     * @param clock the time source
     */
    public static Receipt receive(AccountId accountId, String platformReference, String authorName, String text,
                                  Instant receivedAt, Clock clock) {
        PublicComment comment = new PublicComment(new CommentSnapshot(CommentId.newId(), accountId,
                platformReference, authorName, text, receivedAt, CommentStatus.RECEIVED, null, null));
        return new Receipt(comment, new CommentReceived(EventId.newId(), clock.instant(), null, comment.id,
                accountId, comment.authorName, comment.text));
    }

    /** Rebuilds a comment from its stored state. */
    public static PublicComment restore(CommentSnapshot snapshot) {
        return new PublicComment(Objects.requireNonNull(snapshot, "snapshot must not be null"));
    }

    /**
     * Keeps the compliance engine's screen of the comment, which moderation takes into account. A later screen
     * (under a newer rule set) replaces an earlier one until the comment is moderated.
     */
    public void recordScreening(ComplianceAssessment screening) {
        Objects.requireNonNull(screening, "assessment must not be null");
        requireReceived("record a screening of a comment");
        if (!screening.assesses(ContentDigest.of(text))) {
            throw new CommandRefusedException(new Refusal("ASSESSMENT_OF_OTHER_CONTENT", PolicyClause.PRINCIPLE_THINK_FIRST,
                    "the assessment was made of other content than comment " + id));
        }
        assessment = screening;
    }

    /**
     * Takes the moderation decision.
     *
     * @throws CommandRefusedException when the comment was already moderated, the moderator is not authorised
     *         for the decision's activity on the account now, or the comment has personal details and the
     *         decision is not to switch channel and hide it
     */
    public CommentModerated moderate(Employee moderator, ModerationDecision decision, AuthorityCheck authority,
                                     Clock clock) {
        Objects.requireNonNull(decision, "moderation decision must not be null");
        requireReceived("moderate a comment");
        Instant now = clock.instant();
        ModerationPolicy.mayDecide(this, moderator, decision, authority, now).orThrow();
        moderation = new Moderation(decision, moderator.id(), now);
        status = CommentStatus.MODERATED;
        return new CommentModerated(EventId.newId(), now, moderator.id(), id, accountId, text, decision, assessment);
    }

    /** The complete state, for persistence and for comparing before and after a command. */
    public CommentSnapshot snapshot() {
        return new CommentSnapshot(id, accountId, platformReference, authorName, text, receivedAt, status, assessment,
                moderation);
    }

    /** The comment's identifier. */
    public CommentId id() {
        return id;
    }

    /** The account it was made on. */
    public AccountId accountId() {
        return accountId;
    }

    /** The platform's own id for the comment. */
    public String platformReference() {
        return platformReference;
    }

    /** The commenter's public name. */
    public String authorName() {
        return authorName;
    }

    /** What they wrote, as received. */
    public String text() {
        return text;
    }

    /** When it was made. */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** RECEIVED or MODERATED. */
    public CommentStatus status() {
        return status;
    }

    /** The latest compliance screen of the comment, if any. */
    public Optional<ComplianceAssessment> assessment() {
        return Optional.ofNullable(assessment);
    }

    /** The moderation, once taken. */
    public Optional<Moderation> moderation() {
        return Optional.ofNullable(moderation);
    }

    /** Whether the public can see the comment on the platform. */
    public boolean isVisible() {
        return moderation == null || moderation.decision().leavesCommentVisible();
    }

    private void requireReceived(String action) {
        if (status != CommentStatus.RECEIVED) {
            throw new CommandRefusedException(Refusal.stateForbids(action, status, PolicyClause.SWITCH_CHANNEL));
        }
    }

    /**
     * A moderation decision as taken.
     *
     * @param decision what was decided
     * @param moderator who decided
     * @param decidedAt when
     */
    public record Moderation(ModerationDecision decision, EmployeeId moderator,
                             Instant decidedAt) {
        /** Refuses missing parts. */
        public Moderation {
            Objects.requireNonNull(decision, "decision must not be null");
            Objects.requireNonNull(moderator, "moderator must not be null");
            Objects.requireNonNull(decidedAt, "decision time must not be null");
        }
    }

    static String checkedText(String value) {
        return Text.required("comment text", value, 100_000);
    }
}
