package au.gov.dss.socialmedia.engine.rules;

/** A rule-set document, or a lexicon it refers to, cannot be read or is not valid; the message says where. */
public class RuleSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An invalid rule set. */
    public RuleSetException(String message) {
        super(message);
    }

    /** A rule set that could not be read. */
    public RuleSetException(String message, Throwable cause) {
        super(message, cause);
    }
}
