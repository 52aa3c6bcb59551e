package au.gov.dss.socialmedia.domain.initiative;

/**
 * The rating of a risk, read from the {@link RiskMatrix} for its likelihood and consequence. Declared from lowest
 * to highest. HIGH and EXTREME risks {@link #requiresTreatment() require treatment}: at least one control and an
 * owner before the initiative can be submitted.
 */
public enum RiskRating {
    /** Managed by routine procedures. */
    LOW,
    /** Managed by specific monitoring or response procedures. */
    MEDIUM,
    /** Needs controls and an owner, and senior management attention. */
    HIGH,
    /** Needs controls and an owner, and immediate executive attention. */
    EXTREME;

    /** Whether a risk with this rating needs at least one control and an owner (HIGH and EXTREME). */
    public boolean requiresTreatment() {
        return this == HIGH || this == EXTREME;
    }
}
