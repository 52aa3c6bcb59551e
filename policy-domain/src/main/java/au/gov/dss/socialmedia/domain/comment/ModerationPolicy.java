package au.gov.dss.socialmedia.domain.comment;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import java.time.Instant;

/**
 * Who may moderate a comment and how: the moderator holds authority for the decision's activity (RESPOND for a
 * reply, MODERATE for anything else) on the comment's account at that moment, and a comment with personal details
 * is always switched to another channel and hidden ("switch channel"; "Protect and respect privacy").
 */
public final class ModerationPolicy {

    private ModerationPolicy() {
    }

    /** Whether the moderator may take the decision on the comment at the instant. */
    public static Decision mayDecide(PublicComment comment, Employee moderator, ModerationDecision decision,
                                     AuthorityCheck authority, Instant at) {
        AuthorityAnswer answer = authority.authorityFor(moderator.id(), decision.requiredActivity(),
                comment.accountId(), at);
        if (answer instanceof AuthorityAnswer.DoesNotHold doesNotHold) {
            return new Decision.Refused(doesNotHold.refusal());
        }
        if (containsPersonalDetails(comment)
                && !(decision instanceof ModerationDecision.SwitchChannel switchChannel && switchChannel.hideComment())) {
            return Decision.refused("PERSONAL_DETAILS_MUST_SWITCH_CHANNEL", PolicyClause.SWITCH_CHANNEL,
                    "the comment contains personal details: switch channel (telephone, email, letter, direct message"
                            + " or face to face) and hide the comment to protect the commenter");
        }
        return Decision.allowed();
    }

    private static boolean containsPersonalDetails(PublicComment comment) {
        return comment.assessment()
                .map(assessment -> assessment.findings().stream()
                        .anyMatch(finding -> finding.category() == Category.PERSONAL_DETAILS))
                .orElse(false);
    }
}
