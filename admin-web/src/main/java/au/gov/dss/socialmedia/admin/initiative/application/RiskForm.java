package au.gov.dss.socialmedia.admin.initiative.application;

/**
 * A risk as typed in the risk register form.
 *
 * @param description what could happen
 * @param likelihood a {@code Likelihood} constant
 * @param consequence a {@code Consequence} constant
 * @param controls the controls, one per line
 * @param owner the owner's employee number, or blank
 * @param monitoring how it is monitored
 */
public record RiskForm(String description, String likelihood, String consequence, String controls, String owner,
                       String monitoring) implements java.io.Serializable {
}
