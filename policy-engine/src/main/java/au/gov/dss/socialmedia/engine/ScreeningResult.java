package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import java.util.List;
import java.util.Objects;

/**
 * The result of one screen: the domain's {@link ComplianceAssessment} (findings in the order of their spans, the
 * rule-set version used, when it ran and the digest of the text) and the channel it was screened for.
 *
 * @param assessment the assessment, as the domain holds it
 * @param channel the channel screened for
 */
public record ScreeningResult(ComplianceAssessment assessment, Channel channel) {

    /** Refuses missing parts. */
    public ScreeningResult {
        Objects.requireNonNull(assessment, "assessment must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
    }

    /** PASS, REVIEW or BLOCK. */
    public Outcome outcome() {
        return assessment.outcome();
    }

    /** The findings, in the order of their spans. */
    public List<Finding> findings() {
        return assessment.findings();
    }

    /** The rule-set version used. */
    public PolicyVersion policyVersion() {
        return assessment.policyVersion();
    }
}
