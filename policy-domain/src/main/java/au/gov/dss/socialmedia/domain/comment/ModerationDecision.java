package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.common.Text;
import java.util.Objects;

/**
 * What a moderator decides about a public comment: no action, a reply, a switch of channel, hiding it or removing
 * it. Each kind carries what a record of it needs.
 */
public sealed interface ModerationDecision {

    /** The activity the moderator must be authorised for to take this decision: MODERATE unless it is a reply. */
    default Activity requiredActivity() {
        return Activity.MODERATE;
    }

    /** Whether the comment stays visible to the public after this decision. */
    default boolean leavesCommentVisible() {
        return true;
    }

    /** Leave the comment as it is. */
    record NoAction() implements ModerationDecision {
    }

    /**
     * Reply to the comment from the official account.
     *
     * @param text the reply, 1 to 2,000 characters
     */
    record Reply(String text) implements ModerationDecision {
        /** Refuses a blank reply. */
        public Reply {
            text = Text.required("reply", text, 2000);
        }

        @Override
        public Activity requiredActivity() {
            return Activity.RESPOND;
        }
    }

    /**
     * Direct the member of the public to another channel ("switch channel"), because the discussion involves
     * individual circumstances or personal details.
     *
     * @param channel where to continue the discussion
     * @param suggestedWording the reply posted to the commenter, 1 to 2,000 characters
     * @param hideComment whether the comment is also hidden to protect the commenter
     */
    record SwitchChannel(ContactChannel channel, String suggestedWording, boolean hideComment)
            implements ModerationDecision {
        /** Refuses a missing channel or blank wording. */
        public SwitchChannel {
            Objects.requireNonNull(channel, "switch-channel target must not be null");
            suggestedWording = Text.required("switch-channel wording", suggestedWording, 2000);
        }

        @Override
        public boolean leavesCommentVisible() {
            return !hideComment;
        }
    }

    /**
     * Hide the comment from the public (it stays on the platform and in the record).
     *
     * @param ground the Terms of Use ground
     */
    record Hide(TermsOfUseGround ground) implements ModerationDecision {
        /** Refuses a missing ground. */
        public Hide {
            Objects.requireNonNull(ground, "Terms of Use ground must not be null");
        }

        @Override
        public boolean leavesCommentVisible() {
            return false;
        }
    }

    /**
     * Remove the comment from the platform (it stays in the record).
     *
     * @param ground the Terms of Use ground
     */
    record Remove(TermsOfUseGround ground) implements ModerationDecision {
        /** Refuses a missing ground. */
        public Remove {
            Objects.requireNonNull(ground, "Terms of Use ground must not be null");
        }

        @Override
        public boolean leavesCommentVisible() {
            return false;
        }
    }
}
