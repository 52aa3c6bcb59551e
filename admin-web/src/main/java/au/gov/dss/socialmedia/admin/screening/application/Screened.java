package au.gov.dss.socialmedia.admin.screening.application;

import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One assessment the app made: the domain's {@link ComplianceAssessment} (findings, when, the digest of the content)
 * and the rule-set version it used, which whoever keeps the assessment stores with it, so that a finding can be
 * reproduced later with the rules then in force.
 *
 * @param assessment the domain's assessment
 */
public record Screened(ComplianceAssessment assessment) {

    /** Refuses none. */
    public Screened {
        Objects.requireNonNull(assessment, "assessment");
    }

    /** The rule-set version the assessment used. */
    public PolicyVersion ruleSetVersion() {
        return assessment.policyVersion();
    }

    /** PASS, REVIEW or BLOCK. */
    public Outcome outcome() {
        return assessment.outcome();
    }

    /** The findings, in the order of their spans. */
    public List<Finding> findings() {
        return assessment.findings();
    }

    /** When it was made. */
    public Instant assessedAt() {
        return assessment.assessedAt();
    }
}
