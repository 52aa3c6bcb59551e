package au.gov.dss.socialmedia.engine.rules;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A rule-set document, or a lexicon it refers to, cannot be read or is not valid; the message says where: the
 * document, the line (when known) and the problem, for example {@code rules/extra.json, line 12: rule OFF-X
 * category "RUDE" is not one of [...]}. {@link #problem()}, {@link #source()}, {@link #line()} and
 * {@link #ruleId()} give the parts.
 */
public class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String source;
    private final int line;
    private final String ruleId;

    /** An invalid rule set. */
    public RuleSetException(String message) {
        this(message, null, 0, null, null);
    }

    /** A rule set that could not be read. */
    public RuleSetException(String message, Throwable cause) {
        this(message, null, 0, null, cause);
    }

    private RuleSetException(String problem, String source, int line, String ruleId, Throwable cause) {
        super(message(problem, source, line), cause);
        this.problem = problem;
        this.source = source;
        this.line = line;
        this.ruleId = ruleId;
    }

    /** A problem found in the document {@code source} at the line (from 1; 0 when not known). */
    public static RuleSetException at(String source, int line, String problem, Throwable cause) {
        return new RuleSetException(problem, source, line, null, cause);
    }

    /** A problem of one rule, found when the rules are compiled (the document and line are added later). */
    public static RuleSetException inRule(String ruleId, String problem) {
        return new RuleSetException(problem, null, 0, ruleId, null);
    }

    /** This problem, placed in the document at the line (from 1; 0 when not known). */
    public RuleSetException placedAt(String document, int atLine) {
        RuleSetException placed = new RuleSetException(problem, document, atLine, ruleId, getCause());
        placed.setStackTrace(getStackTrace());
        return placed;
    }

    /** What is wrong, without where. */
    public String problem() {
        return problem;
    }

    /** The document, when known. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** The line of the document (from 1), when known. */
    public OptionalInt line() {
        return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
    }

    /** The rule the problem is in, when it was found while compiling the rules. */
    public Optional<String> ruleId() {
        return Optional.ofNullable(ruleId);
    }

    private static String message(String problem, String source, int line) {
        if (source == null) {
            return problem;
        }
        return source + (line > 0 ? ", line " + line : "") + ": " + problem;
    }
}
