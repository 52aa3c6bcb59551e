package au.gov.dss.socialmedia.records.cmis;

/**
 * A CMIS request failed: the server answered with an error ({@link #status()} and the CMIS exception name, for
 * example {@code 409 contentAlreadyExists}) or could not be reached ({@link #status()} 0).
 */
public class CmisException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String cmisException;

    /** A failure with its HTTP status (0 when unreachable), the CMIS exception name and message. */
    public CmisException(int status, String cmisException, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.cmisException = cmisException;
    }

    /** The HTTP status, or 0 when the server could not be reached. */
    public int status() {
        return status;
    }

    /** The CMIS exception name, for example {@code objectNotFound}, or empty. */
    public String cmisException() {
        return cmisException;
    }

    /** Whether the failure may pass by itself (unreachable, time-out, 5xx, 429) rather than a refusal. */
    public boolean transientFailure() {
        return status == 0 || status >= 500 || status == 429;
    }
}
