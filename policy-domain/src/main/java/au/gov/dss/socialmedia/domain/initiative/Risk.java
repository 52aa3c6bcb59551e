package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One risk of a social media initiative, as entered in the risk register of its {@link RiskManagementPlan}. Its
 * {@link #rating()} is read from the {@link RiskMatrix}. While the initiative is a draft, a risk may still lack
 * controls, an owner or its monitoring; {@link #gaps()} says what is missing before it can be submitted.
 *
 * @param description what could happen, 1 to 1000 characters
 * @param likelihood how likely it is
 * @param consequence how bad it would be
 * @param controls what is done to reduce it, each 1 to 1000 characters, at most {@value #MAX_CONTROLS}
 * @param owner the employee accountable for it, if one is named yet
 * @param monitoring how it is monitored, up to 1000 characters; empty while not yet said
 */
public record Risk(String description, Likelihood likelihood, Consequence consequence, List<String> controls,
                   Optional<EmployeeId> owner, String monitoring) {

    /** The most controls a risk may list. */
    public static final int MAX_CONTROLS = 20;
    /** The most characters a risk's description, each control and its monitoring may have. */
    public static final int MAX_TEXT = 1000;

    /** Refuses missing parts, a blank description, blank or too many controls. */
    public Risk {
        description = Text.required("risk description", description, MAX_TEXT);
        Objects.requireNonNull(likelihood, "risk likelihood must not be null");
        Objects.requireNonNull(consequence, "risk consequence must not be null");
        Objects.requireNonNull(controls, "risk controls must not be null");
        if (controls.size() > MAX_CONTROLS) {
            throw new IllegalArgumentException("risk controls must be at most " + MAX_CONTROLS + ", but were "
                    + controls.size());
        }
        List<String> checked = new ArrayList<>(controls.size());
        for (String control : controls) {
            checked.add(Text.required("risk control", control, MAX_TEXT));
        }
        controls = List.copyOf(checked);
        Objects.requireNonNull(owner, "risk owner must not be null (use Optional.empty())");
        monitoring = Text.optional("risk monitoring", monitoring, MAX_TEXT);
    }

    /** A risk as first identified: no controls, no owner, no monitoring yet. */
    public static Risk identified(String description, Likelihood likelihood, Consequence consequence) {
        return new Risk(description, likelihood, consequence, List.of(), Optional.empty(), "");
    }

    /** The same risk with these controls instead of its current ones. */
    public Risk withControls(String... newControls) {
        return new Risk(description, likelihood, consequence, List.of(newControls), owner, monitoring);
    }

    /** The same risk, owned by the given employee. */
    public Risk ownedBy(EmployeeId newOwner) {
        return new Risk(description, likelihood, consequence, controls,
                Optional.of(Objects.requireNonNull(newOwner, "risk owner must not be null")), monitoring);
    }

    /** The same risk, monitored as described. */
    public Risk monitoredBy(String howMonitored) {
        return new Risk(description, likelihood, consequence, controls, owner, howMonitored);
    }

    /** The rating from the {@link RiskMatrix}. */
    public RiskRating rating() {
        return RiskMatrix.rate(likelihood, consequence);
    }

    /** Whether the risk is HIGH or EXTREME and so needs at least one control and an owner. */
    public boolean requiresTreatment() {
        return rating().requiresTreatment();
    }

    /** Whether the risk says how it is monitored. */
    public boolean isMonitored() {
        return !monitoring.isEmpty();
    }

    /**
     * What this risk still lacks before submission, in words the submitter can act on: how it is monitored
     * (every risk), and for a HIGH or EXTREME risk at least one control and an owner. Empty when nothing is missing.
     */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        String name = "risk '" + description + "'";
        if (requiresTreatment() && controls.isEmpty()) {
            gaps.add(name + " is rated " + rating() + " and needs at least one control");
        }
        if (requiresTreatment() && owner.isEmpty()) {
            gaps.add(name + " is rated " + rating() + " and needs an owner");
        }
        if (!isMonitored()) {
            gaps.add(name + " does not say how it is monitored");
        }
        return List.copyOf(gaps);
    }
}
