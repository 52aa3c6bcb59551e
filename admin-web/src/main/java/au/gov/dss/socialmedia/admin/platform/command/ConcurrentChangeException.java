package au.gov.dss.socialmedia.admin.platform.command;

/**
 * Thrown when someone else changed a thing since the user opened it: nothing is saved, and the user is told what
 * changed so that they can look again. Audited as refused.
 */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String what;

    /** A conflict on the named thing ("the account X (Twitter) @DSSfamilies"). */
    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else since you opened it; nothing was saved");
        this.what = what;
    }

    /** A conflict on the named thing, seen by comparing the version the page showed with the stored one. */
    public ConcurrentChangeException(String what, long expectedVersion, long actualVersion) {
        super(what + " was changed by someone else since you opened it (version " + expectedVersion + ", now "
                + actualVersion + "); nothing was saved");
        this.what = what;
    }

    /** What was changed by someone else. */
    public String what() {
        return what;
    }
}
