package au.gov.dss.socialmedia.engine.rules;

import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A version of the rules the engine screens with: its version and the date it takes effect, the rules, the
 * allow-list (words and phrases never reported although they contain a term, such as {@code Dick Smith}), the
 * department's own published details, and the policy's reflection questions offered with advice on personal
 * posts. Immutable. Usually read from a rule-set document by {@link RuleSetReader}; {@link #defaults()} is the one
 * the engine ships.
 *
 * @param version the version every result names
 * @param effectiveFrom the first day the version is in force
 * @param description what changed in this version, for people
 * @param rules the rules, with unique ids
 * @param allow words and phrases never reported by lexicon or marking rules
 * @param official the department's own published details
 * @param reflectionQuestions the policy's questions for employees considering personal comments
 * @param wordClasses named lists of words and phrases that rules share: the word classes of sentence patterns
 *                    ({@code we}, {@code deadline}), the parts of compounds and spelling variants of offensive
 *                    lemmas, names read as written; entries may carry {@code +}/{@code ++} for a lemma's forms
 */
public record RuleSet(PolicyVersion version, LocalDate effectiveFrom, String description, List<Rule> rules,
                      List<String> allow, OfficialDetails official, List<String> reflectionQuestions,
                      Map<String, List<String>> wordClasses) {

    /** The resource (beside this class) holding the default rule-set document. */
    public static final String DEFAULT_RESOURCE = "default-rule-set.json";

    /** Refuses missing parts and duplicate rule ids; copies the lists. */
    public RuleSet {
        Objects.requireNonNull(version, "rule-set version must not be null");
        Objects.requireNonNull(effectiveFrom, "rule-set effective date must not be null");
        description = description == null ? "" : description.strip();
        rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
        allow = List.copyOf(Objects.requireNonNull(allow, "allow-list must not be null"));
        Objects.requireNonNull(official, "official details must not be null");
        reflectionQuestions = List.copyOf(Objects.requireNonNull(reflectionQuestions,
                "reflection questions must not be null"));
        Map<String, List<String>> classes = new TreeMap<>();
        if (wordClasses != null) {
            wordClasses.forEach((name, words) -> classes.put(name, List.copyOf(words)));
        }
        wordClasses = Collections.unmodifiableMap(classes);
        Set<String> ids = new HashSet<>();
        for (Rule rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("rule set " + version + " has two rules with id " + rule.id());
            }
        }
    }

    /** A rule set without word classes (as before they existed). */
    public RuleSet(PolicyVersion version, LocalDate effectiveFrom, String description, List<Rule> rules,
                   List<String> allow, OfficialDetails official, List<String> reflectionQuestions) {
        this(version, effectiveFrom, description, rules, allow, official, reflectionQuestions, Map.of());
    }

    /** The words of a word class, or an empty list. */
    public List<String> wordClass(String name) {
        return wordClasses.getOrDefault(name, List.of());
    }

    /** The rule set the engine ships (read once per call; the engine keeps what it compiled). */
    public static RuleSet defaults() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new RuleSetException("the default rule set " + DEFAULT_RESOURCE + " is missing");
            }
            return RuleSetReader.read(in, RuleSetReader.classpathBeside(RuleSet.class), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule with the id, if any. */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * A new version of this rule set with the rule added (or replacing the rule with the same id), in force from
     * the given date.
     */
    public RuleSet withRule(Rule rule, PolicyVersion newVersion, LocalDate newEffectiveFrom) {
        List<Rule> changed = new ArrayList<>();
        for (Rule existing : rules) {
            if (!existing.id().equals(rule.id())) {
                changed.add(existing);
            }
        }
        changed.add(rule);
        return new RuleSet(newVersion, newEffectiveFrom, description, changed, allow, official, reflectionQuestions,
                wordClasses);
    }
}
