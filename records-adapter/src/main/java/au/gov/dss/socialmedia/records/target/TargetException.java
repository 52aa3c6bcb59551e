package au.gov.dss.socialmedia.records.target;

/**
 * A target could not capture a record: it is unavailable (the server is down, a time-out) or it refused the record
 * (disk full, permission denied, a CMIS error). The message is what a records officer sees beside the record, so
 * it says what failed and, where known, why.
 */
public class TargetException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with its reason. */
    public TargetException(String message) {
        super(message);
    }

    /** A failure with its reason and the exception behind it. */
    public TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
