package au.gov.dss.socialmedia.admin.testing;

import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;

import au.gov.dss.socialmedia.domain.comment.ContactChannel;
import au.gov.dss.socialmedia.domain.comment.ModerationDecision;
import au.gov.dss.socialmedia.domain.comment.PublicComment;
import au.gov.dss.socialmedia.domain.comment.TermsOfUseGround;
import au.gov.dss.socialmedia.domain.common.AccountId;
import java.time.Instant;
import java.util.function.Consumer;

/** Public comments built through the domain's commands, in every state the persistence tests need. */
public final class CommentFixture {

    private CommentFixture() {
    }

    /** A comment received on the account at the instant. */
    public static PublicComment received(AccountId account, String reference, Instant at) {
        return PublicComment.receive(account, reference, "Pat Public", "Call me on 0400 000 000 about my payment",
                at, Staff.at(at)).comment();
    }

    /** The states a comment can be stored in. */
    public enum Stage {
        /** Received, not screened. */
        RECEIVED(c -> { }),
        /** Screened: personal details and an uncited claim. */
        SCREENED(CommentFixture::screen),
        /** Left as it is. */
        NO_ACTION(c -> moderate(c, new ModerationDecision.NoAction())),
        /** Replied to. */
        REPLIED(c -> moderate(c, new ModerationDecision.Reply("Thanks, we've passed this on"))),
        /** Screened, then switched to the phone line and hidden. */
        SWITCHED_CHANNEL(c -> {
            screen(c);
            moderate(c, new ModerationDecision.SwitchChannel(ContactChannel.TELEPHONE,
                    "Please call us on 132 468 so we can help", true));
        }),
        /** Switched to email, left visible. */
        SWITCHED_CHANNEL_VISIBLE(c -> moderate(c, new ModerationDecision.SwitchChannel(ContactChannel.EMAIL,
                "Please email us", false))),
        /** Hidden under the Terms of Use. */
        HIDDEN(c -> moderate(c, new ModerationDecision.Hide(TermsOfUseGround.OFF_TOPIC_OR_REPEATED))),
        /** Removed under the Terms of Use. */
        REMOVED(c -> moderate(c, new ModerationDecision.Remove(TermsOfUseGround.ABUSIVE_OR_OFFENSIVE)));

        private final Consumer<PublicComment> steps;

        Stage(Consumer<PublicComment> steps) {
            this.steps = steps;
        }

        /** A comment received on the account at T0, brought into this stage. */
        public PublicComment comment(AccountId account) {
            PublicComment comment = received(account, "fb-" + name(), Staff.T0);
            steps.accept(comment);
            return comment;
        }
    }

    private static void screen(PublicComment comment) {
        comment.recordScreening(Findings.assessment(comment.text(), plusDays(0).plusSeconds(5),
                Findings.personalDetails(), Findings.uncitedClaim()));
    }

    private static void moderate(PublicComment comment, ModerationDecision decision) {
        comment.moderate(MANAGER, decision, PostFixture.AUTHORITY, day(1));
    }
}
