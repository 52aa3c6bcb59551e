package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.time.Instant;

/**
 * Who may approve or reject a post ("Think first": content is reviewed before it is posted): a current
 * Communication Account Manager who neither wrote nor edited it. Nobody approves their own post.
 */
public final class ReviewPolicy {

    private ReviewPolicy() {
    }

    /** Whether the reviewer may decide on the post at the instant. */
    public static Decision mayReview(OfficialPost post, Employee reviewer, AuthorityCheck authority, Instant at) {
        if (post.contributors().contains(reviewer.id())) {
            return Decision.refused("NO_SELF_APPROVAL", PolicyClause.PRINCIPLE_THINK_FIRST,
                    reviewer.name() + " (" + reviewer.id() + ") wrote or edited this post; nobody reviews their own"
                            + " post");
        }
        AuthorityAnswer answer = authority.roleHeld(reviewer.id(), Role.COMMUNICATION_ACCOUNT_MANAGER, at);
        if (answer instanceof AuthorityAnswer.DoesNotHold doesNotHold) {
            return Decision.refused("REVIEWER_NOT_ACCOUNT_MANAGER", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    "posts are reviewed by a current Communication Account Manager: "
                            + doesNotHold.refusal().reason());
        }
        return Decision.allowed();
    }
}
