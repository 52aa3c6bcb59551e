package au.gov.dss.socialmedia.engine.rules;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a rule-set document (JSON; the format is described in the module's README) into a {@link RuleSet}. A rule
 * may take its terms from a lexicon in the community format ({@link CommunityLexicon}), named relative to the
 * document. Unknown fields are refused, so that a misspelt field never silently changes what is screened. Every
 * refusal is a {@link RuleSetException} naming the document, the line (of the field, or of the rule, at fault) and
 * the problem.
 */
public final class RuleSetReader {

    /** The format the reader understands, as the document's {@code format} field names it. */
    public static final String FORMAT = "dss-social-media-rule-set/1";

    /** Opens a lexicon a rule-set document refers to, by the name the document gives. */
    @FunctionalInterface
    public interface Sources {
        /** The named lexicon's content. */
        InputStream open(String name) throws IOException;
    }

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "effectiveFrom", "description",
            "official", "allow", "reflectionQuestions", "rules", "wordClasses");
    private static final Set<String> RULE_FIELDS = Set.of("id", "category", "type", "detector", "severity",
            "clause", "advice", "terms", "context", "communityLexicon", "note");
    private static final Set<String> LEXICON_FIELDS = Set.of("source", "minSeverity", "maxSeverity", "types",
            "excludeIds");

    private RuleSetReader() {
    }

    /** Lexicons are resources beside the given class. */
    public static Sources classpathBeside(Class<?> anchor) {
        return name -> {
            InputStream in = anchor.getResourceAsStream(name);
            if (in == null) {
                throw new FileNotFoundException("resource " + name + " not found beside " + anchor.getName());
            }
            return in;
        };
    }

    /** Lexicons are files in the given directory (or named by absolute paths). */
    public static Sources directory(Path directory) {
        return name -> Files.newInputStream(directory.resolve(name));
    }

    /**
     * A rule set as read from its document, with where its parts are in the document, so that a problem found
     * later (when the rules are compiled, or two documents are put together) can be placed at its line.
     *
     * @param ruleSet the rule set
     * @param name the document's name
     * @param versionLine the line of the document's {@code version}
     * @param ruleLines the line each rule starts on, by rule id
     */
    public record Document(RuleSet ruleSet, String name, int versionLine, Map<String, Integer> ruleLines) {

        /** Copies the lines. */
        public Document {
            ruleLines = Map.copyOf(ruleLines);
        }

        /** The line the rule starts on, or 0 when the document has no such rule. */
        public int lineOfRule(String id) {
            return ruleLines.getOrDefault(id, 0);
        }
    }

    /** Reads a rule-set file; lexicons it names are read relative to its directory. */
    public static RuleSet read(Path file) {
        return readDocument(file).ruleSet();
    }

    /** Reads a rule-set file with the lines of its parts; lexicons it names are read relative to its directory. */
    public static Document readDocument(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try (InputStream in = Files.newInputStream(file)) {
            return readDocument(in, directory(parent), file.toString());
        } catch (IOException e) {
            throw RuleSetException.at(file.toString(), 0, "cannot be read: " + e, e);
        }
    }

    /** Reads a rule-set document; {@code name} is used in error messages. */
    public static RuleSet read(InputStream in, Sources sources, String name) {
        return readDocument(in, sources, name).ruleSet();
    }

    /** Reads a rule-set document with the lines of its parts; {@code name} is used in error messages. */
    public static Document readDocument(InputStream in, Sources sources, String name) {
        Object root;
        try {
            root = JsonValues.read(in);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw RuleSetException.at(name, line, "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw RuleSetException.at(name, 0, "is not valid JSON: " + e.getMessage(), e);
        }
        try {
            Map<String, Integer> ruleLines = new java.util.LinkedHashMap<>();
            Map<String, Object> doc = object(root, "the document");
            RuleSet set = interpret(doc, sources, ruleLines);
            return new Document(set, name, lineOf(doc, "version"), ruleLines);
        } catch (Problem e) {
            throw RuleSetException.at(name, e.line, e.getMessage(), e.getCause());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RuleSetException.at(name, 0, e.getMessage(), e);
        }
    }

    /** A problem at a known line of the document. */
    private static final class Problem extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final int line;

        Problem(int line, String message, Throwable cause) {
            super(message, cause);
            this.line = line;
        }
    }

    /** The line of the key in the object (of the object itself when it lacks the key); 0 when not known. */
    private static int lineOf(Map<String, Object> map, String key) {
        return map instanceof JsonValues.JsonObject located ? located.lineOf(key) : 0;
    }

    /** Runs the step; a problem it meets without a line is placed at the line given. */
    private static <T> T at(int line, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (Problem located) {
            throw located;
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Problem(line, e.getMessage(), e);
        }
    }

    private static RuleSet interpret(Map<String, Object> doc, Sources sources, Map<String, Integer> ruleLines) {
        onlyFields(doc, TOP_FIELDS, "the document");
        String format = string(doc, "format", "the document");
        if (!FORMAT.equals(format)) {
            throw new Problem(lineOf(doc, "format"), "format must be \"" + FORMAT + "\", but was \"" + format
                    + "\"", null);
        }
        PolicyVersion version = at(lineOf(doc, "version"), () -> new PolicyVersion(string(doc, "version",
                "the document")));
        LocalDate effectiveFrom = at(lineOf(doc, "effectiveFrom"), () -> {
            try {
                return LocalDate.parse(string(doc, "effectiveFrom", "the document"));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("effectiveFrom must be a date YYYY-MM-DD: " + e.getParsedString(),
                        e);
            }
        });
        String description = doc.containsKey("description") ? string(doc, "description", "the document") : "";
        Set<String> allow = new LinkedHashSet<>(at(lineOf(doc, "allow"), () -> strings(doc.get("allow"), "allow")));
        OfficialDetails official = doc.get("official") == null ? OfficialDetails.none()
                : at(lineOf(doc, "official"), () -> {
                    Map<String, Object> o = object(doc.get("official"), "official");
                    onlyFields(o, Set.of("phoneNumbers", "emailDomains", "addresses"), "official");
                    return new OfficialDetails(strings(o.get("phoneNumbers"), "official.phoneNumbers"),
                            strings(o.get("emailDomains"), "official.emailDomains"),
                            strings(o.get("addresses"), "official.addresses"));
                });
        List<String> questions = at(lineOf(doc, "reflectionQuestions"),
                () -> strings(doc.get("reflectionQuestions"), "reflectionQuestions"));
        Map<String, List<String>> classes = new java.util.LinkedHashMap<>();
        if (doc.get("wordClasses") != null) {
            Map<String, Object> given = at(lineOf(doc, "wordClasses"),
                    () -> object(doc.get("wordClasses"), "wordClasses"));
            given.forEach((cls, words) -> classes.put(cls, at(lineOf(given, cls),
                    () -> strings(words, "wordClasses." + cls))));
        }
        List<Rule> rules = new ArrayList<>();
        Object rulesValue = doc.get("rules");
        if (!(rulesValue instanceof List)) {
            throw new Problem(lineOf(doc, "rules"), "rules must be an array", null);
        }
        int index = 0;
        for (Object item : (List<?>) rulesValue) {
            int i = index;
            Map<String, Object> r = at(lineOf(doc, "rules"), () -> object(item, "rules[" + i + "]"));
            int line = lineOf(r, null);
            Rule rule = at(line, () -> rule(r, i, sources, allow));
            rules.add(rule);
            ruleLines.putIfAbsent(rule.id(), line);
            index++;
        }
        return at(lineOf(doc, "rules"), () -> new RuleSet(version, effectiveFrom, description, rules,
                List.copyOf(allow), official, questions, classes));
    }

    private static Rule rule(Map<String, Object> r, int index, Sources sources, Set<String> allow) {
        String where = "rules[" + index + "]";
        onlyFields(r, RULE_FIELDS, where);
        String id = string(r, "id", where);
        where = "rule " + id;
        String rule = where;
        Category category = at(lineOf(r, "category"),
                () -> enumValue(Category.class, string(r, "category", rule), rule + " category"));
        DetectorKind detector = at(lineOf(r, "detector"),
                () -> enumValue(DetectorKind.class, string(r, "detector", rule), rule + " detector"));
        String type = r.get("type") == null ? null : string(r, "type", where);
        Map<Channel, Severity> severities = new EnumMap<>(Channel.class);
        at(lineOf(r, "severity"), () -> perChannel(r.get("severity"), rule + " severity",
                value -> "OFF".equals(value) ? null : enumValue(Severity.class, value, "severity")))
                .forEach((channel, severity) -> {
                    if (severity != null) {
                        severities.put(channel, severity);
                    }
                });
        Map<Channel, PolicyClause> clauses = at(lineOf(r, "clause"), () -> perChannel(r.get("clause"),
                rule + " clause", value -> PolicyClause.byId(value).orElseThrow(() -> new IllegalArgumentException(
                        "no policy clause has the id \"" + value + "\""))));
        Map<Channel, String> advice = at(lineOf(r, "advice"),
                () -> perChannel(r.get("advice"), rule + " advice", value -> value));
        List<Term> terms = new ArrayList<>();
        Object termsValue = r.get("terms");
        if (termsValue != null) {
            if (!(termsValue instanceof List)) {
                throw new IllegalArgumentException(where + " terms must be an array");
            }
            for (Object term : (List<?>) termsValue) {
                if (term instanceof String) {
                    terms.add(Term.of((String) term));
                } else {
                    Map<String, Object> t = object(term, where + " term");
                    onlyFields(t, Set.of("text", "type"), where + " term");
                    terms.add(new Term(string(t, "text", where + " term"),
                            t.get("type") == null ? null : string(t, "type", where + " term")));
                }
            }
        }
        if (r.get("communityLexicon") != null) {
            terms.addAll(community(object(r.get("communityLexicon"), where + " communityLexicon"), where, sources,
                    allow));
        }
        List<String> context = strings(r.get("context"), where + " context");
        return new Rule(id, category, type, detector, severities, clauses, advice, terms, context);
    }

    private static List<Term> community(Map<String, Object> spec, String where, Sources sources, Set<String> allow) {
        onlyFields(spec, LEXICON_FIELDS, where + " communityLexicon");
        String source = string(spec, "source", where + " communityLexicon");
        int min = spec.get("minSeverity") == null ? 1 : ((Number) spec.get("minSeverity")).intValue();
        int max = spec.get("maxSeverity") == null ? 4 : ((Number) spec.get("maxSeverity")).intValue();
        Map<String, Object> types = spec.get("types") == null ? Map.of()
                : object(spec.get("types"), where + " communityLexicon.types");
        Set<String> excluded = new java.util.HashSet<>(strings(spec.get("excludeIds"),
                where + " communityLexicon.excludeIds"));
        List<CommunityLexicon.Entry> entries;
        try (InputStream in = sources.open(source)) {
            entries = CommunityLexicon.read(in, source);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + " cannot read lexicon " + source + ": " + e.getMessage(), e);
        }
        List<Term> terms = new ArrayList<>();
        for (CommunityLexicon.Entry entry : entries) {
            if (entry.severity() < min || entry.severity() > max || excluded.contains(entry.id())) {
                continue;
            }
            String type = null;
            for (String tag : entry.tags()) {
                Object mapped = types.get(tag);
                if (mapped instanceof String) {
                    type = (String) mapped;
                    break;
                }
            }
            for (String match : entry.matches()) {
                terms.add(new Term(match, type));
                for (String exception : entry.exceptions()) {
                    allow.add(exception.replace("*", match));
                }
            }
        }
        return terms;
    }

    private static <V> Map<Channel, V> perChannel(Object value, String where, Function<String, V> convert) {
        Map<Channel, V> out = new EnumMap<>(Channel.class);
        if (value == null) {
            return out;
        }
        if (value instanceof String) {
            V converted = convert.apply((String) value);
            for (Channel channel : Channel.values()) {
                out.put(channel, converted);
            }
            return out;
        }
        Map<String, Object> map = object(value, where);
        if (map.get("default") != null) {
            V converted = convert.apply(string(map, "default", where));
            for (Channel channel : Channel.values()) {
                out.put(channel, converted);
            }
        }
        for (Map.Entry<String, Object> e : map.entrySet()) {
            if (e.getKey().equals("default")) {
                continue;
            }
            Channel channel = enumValue(Channel.class, e.getKey(), where + " channel");
            if (!(e.getValue() instanceof String)) {
                throw new IllegalArgumentException(where + "." + e.getKey() + " must be a string");
            }
            out.put(channel, convert.apply((String) e.getValue()));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + " must be an object");
        }
        return (Map<String, Object>) value;
    }

    private static String string(Map<String, Object> map, String field, String where) {
        Object value = map.get(field);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new Problem(lineOf(map, field), where + " needs a non-blank string \"" + field + "\"", null);
        }
        return (String) value;
    }

    static List<String> strings(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(where + " must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (!(item instanceof String)) {
                throw new IllegalArgumentException(where + " must be an array of strings");
            }
            out.add((String) item);
        }
        return out;
    }

    private static void onlyFields(Map<String, Object> map, Set<String> allowed, String where) {
        for (String key : map.keySet()) {
            if (!allowed.contains(key)) {
                throw new Problem(lineOf(map, key), where + " has an unknown field \"" + key + "\"", null);
            }
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + " \"" + value + "\" is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()), e);
        }
    }
}
