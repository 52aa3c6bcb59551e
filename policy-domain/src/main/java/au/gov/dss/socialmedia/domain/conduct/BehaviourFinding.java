package au.gov.dss.socialmedia.domain.conduct;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the decision-maker found about one behaviour: whether it breached the Code of Conduct and, if so, which
 * elements of s13 it breached. A breach names at least one element; "no breach" names none.
 *
 * @param behaviour the behaviour found about
 * @param breached whether it breached the Code of Conduct
 * @param elementsBreached the elements breached: at least one if breached, none otherwise
 */
public record BehaviourFinding(BehaviourId behaviour, boolean breached, Set<CodeOfConductElement> elementsBreached) {

    /** Refuses a missing behaviour, a breach without elements and elements without a breach. */
    public BehaviourFinding {
        Objects.requireNonNull(behaviour, "finding behaviour must not be null");
        elementsBreached = Checks.enumSet("finding elements breached", CodeOfConductElement.class, elementsBreached);
        if (breached && elementsBreached.isEmpty()) {
            throw new IllegalArgumentException("finding elements breached must name at least one element for a"
                    + " breach");
        }
        if (!breached && !elementsBreached.isEmpty()) {
            throw new IllegalArgumentException("finding elements breached must be empty when there is no breach");
        }
    }

    /** The behaviour breached the given elements. */
    public static BehaviourFinding breached(BehaviourId behaviour, CodeOfConductElement first,
                                            CodeOfConductElement... more) {
        return new BehaviourFinding(behaviour, true, EnumSet.of(first, more));
    }

    /** The behaviour did not breach the Code of Conduct. */
    public static BehaviourFinding notBreached(BehaviourId behaviour) {
        return new BehaviourFinding(behaviour, false, Set.of());
    }
}
