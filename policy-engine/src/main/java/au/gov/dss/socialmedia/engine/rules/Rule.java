package au.gov.dss.socialmedia.engine.rules;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule of a rule set: what it reports (category and type), how it finds it ({@link DetectorKind} and its
 * terms and context words), and for each channel how much a finding matters, which clause of the policy it
 * breaches and what a person should do. A rule applies only on the channels it gives a severity for. Personal
 * posts are never blocked: the engine guides employees about their own posts.
 *
 * @param id the stable rule id, cited by every finding (capitals, digits and '-')
 * @param category the finding category
 * @param type the finding type, or null
 * @param detector how the rule finds what it reports
 * @param severities the severity on each channel where the rule applies
 * @param clauses the clause cited on each channel where the rule applies
 * @param advice the advice given on each channel where the rule applies
 * @param terms the rule's terms (what to find), for the detectors that use them
 * @param context context words that make a finding likely (for numbers), or that cancel it (sources of a claim,
 *                a statement that views are one's own)
 */
public record Rule(String id, Category category, String type, DetectorKind detector,
                   Map<Channel, Severity> severities, Map<Channel, PolicyClause> clauses, Map<Channel, String> advice,
                   List<Term> terms, List<String> context) {

    private static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,79}");

    /** Refuses a malformed id, a channel without clause or advice, a blocking personal-post rule or missing terms. */
    public Rule {
        Objects.requireNonNull(id, "rule id must not be null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be capitals, digits and '-', but was '" + id + "'");
        }
        Objects.requireNonNull(category, "rule " + id + ": category must not be null");
        if (type != null && type.isBlank()) {
            type = null;
        }
        Objects.requireNonNull(detector, "rule " + id + ": detector must not be null");
        severities = copy(severities, "severities", id);
        clauses = copy(clauses, "clauses", id);
        advice = copy(advice, "advice", id);
        terms = List.copyOf(Objects.requireNonNull(terms, "rule " + id + ": terms must not be null"));
        context = List.copyOf(Objects.requireNonNull(context, "rule " + id + ": context must not be null"));
        if (severities.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " gives no severity for any channel");
        }
        for (Channel channel : severities.keySet()) {
            if (!clauses.containsKey(channel)) {
                throw new IllegalArgumentException("rule " + id + " gives no clause for " + channel);
            }
            String text = advice.get(channel);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("rule " + id + " gives no advice for " + channel);
            }
        }
        if (severities.get(Channel.PERSONAL_POST) == Severity.BLOCK) {
            throw new IllegalArgumentException("rule " + id + " would block a personal post; the engine guides"
                    + " employees about their own posts (use WARN or INFO)");
        }
        if (detector.needsTerms() && terms.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " (" + detector + ") needs terms");
        }
    }

    private static <V> Map<Channel, V> copy(Map<Channel, V> map, String what, String id) {
        Objects.requireNonNull(map, () -> "rule " + id + ": " + what + " must not be null");
        EnumMap<Channel, V> copy = new EnumMap<>(Channel.class);
        copy.putAll(map);
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The severity on the channel, or empty where the rule does not apply. */
    public Optional<Severity> severityOn(Channel channel) {
        return Optional.ofNullable(severities.get(channel));
    }

    /** Whether the rule applies on the channel. */
    public boolean appliesTo(Channel channel) {
        return severities.containsKey(channel);
    }

    /** The clause cited on the channel (only where the rule applies). */
    public PolicyClause clauseOn(Channel channel) {
        return clauses.get(channel);
    }

    /** The advice given on the channel (only where the rule applies). */
    public String adviceOn(Channel channel) {
        return advice.get(channel);
    }
}
