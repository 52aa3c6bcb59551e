package au.gov.dss.socialmedia.records.outbox;

/**
 * The outbox could not take a record request. Unchecked, because the domain port does not declare exceptions; the
 * caller's transaction must roll back so that no change commits without its record.
 */
public class RecordKeepingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with its reason and cause. */
    public RecordKeepingException(String message, Throwable cause) {
        super(message, cause);
    }
}
