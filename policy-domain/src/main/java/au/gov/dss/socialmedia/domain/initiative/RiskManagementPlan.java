package au.gov.dss.socialmedia.domain.initiative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Risk Management Plan that must accompany an initiative's business case: its risk register. A draft plan may
 * be empty or incomplete; {@link #gaps()} says what is missing before the initiative can be submitted.
 *
 * @param risks the risks, in the order the submitter listed them, at most {@value #MAX_RISKS}
 */
public record RiskManagementPlan(List<Risk> risks) {

    /** The most risks a plan may list. */
    public static final int MAX_RISKS = 100;

    /** Refuses a missing list, a missing risk or too many risks. */
    public RiskManagementPlan {
        Objects.requireNonNull(risks, "risks must not be null");
        if (risks.size() > MAX_RISKS) {
            throw new IllegalArgumentException("risks must be at most " + MAX_RISKS + ", but were " + risks.size());
        }
        risks = List.copyOf(risks);
    }

    /** A plan with no risks yet, as a new draft has. */
    public static RiskManagementPlan empty() {
        return new RiskManagementPlan(List.of());
    }

    /** A plan with the given risks. */
    public static RiskManagementPlan of(Risk... risks) {
        return new RiskManagementPlan(List.of(risks));
    }

    /** The highest rating among the risks, if there are any. */
    public Optional<RiskRating> highestRating() {
        return risks.stream().map(Risk::rating).max(Comparator.naturalOrder());
    }

    /** The risks rated HIGH or EXTREME. */
    public List<Risk> risksRequiringTreatment() {
        return risks.stream().filter(Risk::requiresTreatment).toList();
    }

    /**
     * What the plan still lacks before submission: at least one risk, and each risk's own {@link Risk#gaps()}.
     * Empty when the plan is complete.
     */
    public List<String> gaps() {
        if (risks.isEmpty()) {
            return List.of("the risk management plan must list at least one risk");
        }
        List<String> gaps = new ArrayList<>();
        risks.forEach(risk -> gaps.addAll(risk.gaps()));
        return List.copyOf(gaps);
    }

    /** Whether nothing is missing. */
    public boolean isComplete() {
        return gaps().isEmpty();
    }
}
