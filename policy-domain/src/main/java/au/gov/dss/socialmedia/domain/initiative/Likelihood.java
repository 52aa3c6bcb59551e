package au.gov.dss.socialmedia.domain.initiative;

/**
 * How likely a risk is to happen, on the five-point scale of the department's Risk Management Framework (in the
 * style of AS/NZS ISO 31000:2018). Declared from least to most likely; {@link #level()} is 1 to 5.
 */
public enum Likelihood {
    /** May happen only in exceptional circumstances. */
    RARE("Rare", "may happen only in exceptional circumstances"),
    /** Could happen at some time, but is not expected to. */
    UNLIKELY("Unlikely", "could happen at some time, but is not expected to"),
    /** Might happen at some time. */
    POSSIBLE("Possible", "might happen at some time"),
    /** Will probably happen in most circumstances. */
    LIKELY("Likely", "will probably happen in most circumstances"),
    /** Is expected to happen in most circumstances. */
    ALMOST_CERTAIN("Almost certain", "is expected to happen in most circumstances");

    private final String label;
    private final String description;

    Likelihood(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The level on the scale: 1 (rare) to 5 (almost certain). */
    public int level() {
        return ordinal() + 1;
    }

    /** The name people read, for example "Almost certain". */
    public String label() {
        return label;
    }

    /** What the level means, for the risk register form. */
    public String description() {
        return description;
    }
}
