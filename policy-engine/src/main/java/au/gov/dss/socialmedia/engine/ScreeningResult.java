package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one screen: the findings (in the order of their spans), the outcome they call for, the rule-set
 * version used, when it ran and the channel, and the domain's {@link ComplianceAssessment} of the text. The
 * assessment carries the SHA-256 digest of the text; it is made on first use (a moderation stream that only needs
 * the outcome never pays for the digest) and is the same every time it is asked for. Immutable and thread-safe.
 */
public final class ScreeningResult {

    private final String text;
    private final Channel channel;
    private final List<Finding> findings;
    private final PolicyVersion policyVersion;
    private final Instant assessedAt;
    private volatile ComplianceAssessment assessment;

    ScreeningResult(String text, Channel channel, List<Finding> findings, PolicyVersion policyVersion,
                    Instant assessedAt) {
        this.text = Objects.requireNonNull(text, "text must not be null");
        this.channel = Objects.requireNonNull(channel, "channel must not be null");
        this.findings = List.copyOf(findings);
        this.policyVersion = Objects.requireNonNull(policyVersion, "policy version must not be null");
        this.assessedAt = Objects.requireNonNull(assessedAt, "assessment time must not be null");
    }

    /** The domain's assessment: findings, version, time and the digest of the text screened. */
    public ComplianceAssessment assessment() {
        ComplianceAssessment made = assessment;
        if (made == null) {
            made = new ComplianceAssessment(findings, policyVersion, assessedAt, Digests.of(text));
            assessment = made;
        }
        return made;
    }

    /** PASS, REVIEW or BLOCK. */
    public Outcome outcome() {
        return Outcome.of(findings);
    }

    /** The findings, in the order of their spans. */
    public List<Finding> findings() {
        return findings;
    }

    /** The rule-set version used. */
    public PolicyVersion policyVersion() {
        return policyVersion;
    }

    /** When the screen ran (from the engine's clock). */
    public Instant assessedAt() {
        return assessedAt;
    }

    /** The channel screened for. */
    public Channel channel() {
        return channel;
    }

    @Override
    public String toString() {
        return "ScreeningResult[" + outcome() + ", " + policyVersion + ", " + findings + "]";
    }
}
