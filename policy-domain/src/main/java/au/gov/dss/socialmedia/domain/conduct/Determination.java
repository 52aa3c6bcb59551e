package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The determination of whether the employee breached the Code of Conduct: breach or no breach, a finding for each
 * behaviour, and the reasons, by a decision-maker.
 *
 * @param breach whether a breach was determined (at least one behaviour found in breach)
 * @param findings one finding per behaviour of the matter
 * @param reasons the reasons, 1 to 8000 characters
 * @param decisionMaker the officer who determined it
 * @param determinedAt when
 */
public record Determination(boolean breach, List<BehaviourFinding> findings, String reasons,
                            EmployeeId decisionMaker, Instant determinedAt) {

    /** Refuses missing parts, no findings, and a "breach" that does not match the findings. */
    public Determination {
        findings = Checks.nonEmptyList("determination findings", findings);
        reasons = Text.required("determination reasons", reasons, 8000);
        Objects.requireNonNull(decisionMaker, "decision-maker must not be null");
        Objects.requireNonNull(determinedAt, "determination time must not be null");
        boolean anyBreached = findings.stream().anyMatch(BehaviourFinding::breached);
        if (breach != anyBreached) {
            throw new IllegalArgumentException("determination breach must be true exactly when a finding is a"
                    + " breach");
        }
    }

    /** Whether the behaviour was found in breach. */
    public boolean foundInBreach(BehaviourId behaviour) {
        return findings.stream().anyMatch(finding -> finding.behaviour().equals(behaviour) && finding.breached());
    }
}
