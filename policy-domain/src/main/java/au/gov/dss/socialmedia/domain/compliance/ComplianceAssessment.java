package au.gov.dss.socialmedia.domain.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a compliance screen found in one piece of content: the findings, the outcome they call for, the rule-set
 * version used, when it was made and the digest of the content it assessed. The policy engine produces it; the
 * domain holds it as a value (an official post cannot be published without one that has no blocking finding).
 *
 * @param findings what was found, in the order of their spans
 * @param policyVersion the rule-set version used
 * @param assessedAt when the screen ran
 * @param contentDigest the digest of the content screened
 */
public record ComplianceAssessment(List<Finding> findings, PolicyVersion policyVersion, Instant assessedAt,
                                   ContentDigest contentDigest) {

    /** Refuses missing parts; keeps an unmodifiable copy of the findings. */
    public ComplianceAssessment {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings must not be null"));
        Objects.requireNonNull(policyVersion, "policy version must not be null");
        Objects.requireNonNull(assessedAt, "assessment time must not be null");
        Objects.requireNonNull(contentDigest, "content digest must not be null");
    }

    /** PASS, REVIEW or BLOCK, as the findings call for. */
    public Outcome outcome() {
        return Outcome.of(findings);
    }

    /** Whether any finding blocks publication. */
    public boolean hasBlockingFinding() {
        return outcome() == Outcome.BLOCK;
    }

    /** Whether this assessment is of exactly the given content. */
    public boolean assesses(ContentDigest digest) {
        return contentDigest.equals(digest);
    }
}
