package au.gov.dss.socialmedia.engine.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every version of the rules the engine holds, ordered by the date each takes effect, so that content can be
 * screened "as at" a date and a finding reproduced years later with the version that was in force. Immutable.
 */
public final class RuleSetHistory {

    private final List<RuleSet> versions;

    private RuleSetHistory(List<RuleSet> versions) {
        this.versions = versions;
    }

    /** The history of the given versions; refuses none, a repeated version, or two taking effect the same day. */
    public static RuleSetHistory of(List<RuleSet> ruleSets) {
        Objects.requireNonNull(ruleSets, "rule sets must not be null");
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("at least one rule set is needed");
        }
        List<RuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(RuleSet::effectiveFrom));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            RuleSet set = sorted.get(i);
            if (!seen.add(set.version().value())) {
                throw new IllegalArgumentException("rule-set version " + set.version() + " is given twice");
            }
            if (i > 0 && sorted.get(i - 1).effectiveFrom().equals(set.effectiveFrom())) {
                throw new IllegalArgumentException("rule-set versions " + sorted.get(i - 1).version() + " and "
                        + set.version() + " both take effect on " + set.effectiveFrom());
            }
        }
        return new RuleSetHistory(List.copyOf(sorted));
    }

    /** The versions, oldest first. */
    public List<RuleSet> versions() {
        return versions;
    }

    /** The version in force on the date: the latest that took effect on or before it. */
    public Optional<RuleSet> inForceAt(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        RuleSet found = null;
        for (RuleSet set : versions) {
            if (!set.effectiveFrom().isAfter(date)) {
                found = set;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The version with the given name, if held. */
    public Optional<RuleSet> version(String version) {
        return versions.stream().filter(set -> set.version().value().equals(version)).findFirst();
    }
}
