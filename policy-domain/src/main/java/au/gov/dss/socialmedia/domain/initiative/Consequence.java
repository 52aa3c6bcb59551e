package au.gov.dss.socialmedia.domain.initiative;

/**
 * How bad it would be if a risk happened, on the five-point scale of the department's Risk Management Framework
 * (in the style of AS/NZS ISO 31000:2018). Declared from least to most severe; {@link #level()} is 1 to 5.
 */
public enum Consequence {
    /** No noticeable effect on the department's reputation, services or people. */
    INSIGNIFICANT("Insignificant", "no noticeable effect on the department's reputation, services or people"),
    /** Minor, short-lived effect, handled within the business area. */
    MINOR("Minor", "a minor, short-lived effect handled within the business area"),
    /** Noticeable effect needing management attention, for example local media interest. */
    MODERATE("Moderate", "a noticeable effect needing management attention, such as local media interest"),
    /** Serious effect, for example sustained national media criticism or a privacy breach. */
    MAJOR("Major", "a serious effect, such as sustained national media criticism or a privacy breach"),
    /** Severe effect on the department or the Government, for example loss of public confidence. */
    SEVERE("Severe", "a severe effect on the department or the Government, such as loss of public confidence");

    private final String label;
    private final String description;

    Consequence(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The level on the scale: 1 (insignificant) to 5 (severe). */
    public int level() {
        return ordinal() + 1;
    }

    /** The name people read, for example "Moderate". */
    public String label() {
        return label;
    }

    /** What the level means, for the risk register form. */
    public String description() {
        return description;
    }
}
