package au.gov.dss.socialmedia.domain.compliance;

import java.util.Collection;

/** The result of a screen: PASS, REVIEW (only WARN findings) or BLOCK (at least one BLOCK finding). */
public enum Outcome {
    /** Nothing to act on (INFO findings at most). */
    PASS,
    /** At least one WARN finding and no BLOCK finding. */
    REVIEW,
    /** At least one BLOCK finding. */
    BLOCK;

    /** The outcome the findings call for. */
    public static Outcome of(Collection<Finding> findings) {
        Outcome outcome = PASS;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.BLOCK) {
                return BLOCK;
            }
            if (finding.severity() == Severity.WARN) {
                outcome = REVIEW;
            }
        }
        return outcome;
    }
}
