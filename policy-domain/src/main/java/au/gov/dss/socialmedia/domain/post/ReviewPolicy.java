package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

    /**
     * Whether every finding of the assessment that calls for review (a warning) is among those the reviewer
     * acknowledged: a reviewer approves what they have seen, one finding at a time.
     */
    public static Decision acknowledgesEveryWarning(ComplianceAssessment assessment, List<Finding> acknowledged) {
        List<Finding> unacknowledged = assessment.findings().stream()
                .filter(finding -> finding.severity() == Severity.WARN && !acknowledged.contains(finding))
                .toList();
        if (unacknowledged.isEmpty()) {
            return Decision.allowed();
        }
        return Decision.refused("FINDING_NOT_ACKNOWLEDGED", unacknowledged.get(0).clause(),
                unacknowledged.size() + " finding(s) calling for review are not acknowledged: "
                        + unacknowledged.stream().map(finding -> finding.category().name().toLowerCase(Locale.ROOT)
                                .replace('_', ' ') + " (" + finding.clause().heading() + ")")
                        .collect(Collectors.joining("; ")));
    }

    /** Whether a publication time, if one is given, is after the approval. */
    public static Decision isLater(Instant publishAt, Instant now) {
        if (publishAt != null && !publishAt.isAfter(now)) {
            return Decision.refused("PUBLICATION_TIME_PAST", PolicyClause.PRINCIPLE_THINK_FIRST,
                    "a post is scheduled for a time after its approval; publish it now instead");
        }
        return Decision.allowed();
    }
}
