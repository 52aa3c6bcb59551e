package au.gov.dss.socialmedia.admin.testing;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.post.PostContent;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.compliance.Span;
import java.time.Instant;
import java.util.List;

/** Compliance assessments for the post and comment tests. */
public final class Findings {

    private Findings() {
    }

    /** An assessment of the text with the given findings, under policy version 2026.1. */
    public static ComplianceAssessment assessment(String text, Instant at, Finding... findings) {
        return new ComplianceAssessment(List.of(findings), new PolicyVersion("2026.1"), at, ContentDigest.of(text));
    }

    /** An assessment of the post content (text and media) with the given findings, under policy version 2026.1. */
    public static ComplianceAssessment assessment(PostContent content, Instant at, Finding... findings) {
        return new ComplianceAssessment(List.of(findings), new PolicyVersion("2026.1"), at, content.digest());
    }

    /** A warning about an uncited claim, with a type. */
    public static Finding uncitedClaim() {
        return new Finding(Category.UNCITED_CLAIM, "statistic", Severity.WARN, new Span(3, 12), "claims.statistic",
                PolicyClause.PRINCIPLE_THINK_FIRST, "Cite the source of the figure");
    }

    /** A warning about personal details, without a type. */
    public static Finding personalDetails() {
        return new Finding(Category.PERSONAL_DETAILS, null, Severity.WARN, new Span(0, 5), "privacy.phone",
                PolicyClause.SWITCH_CHANNEL, "Switch channel and hide the comment");
    }
}
