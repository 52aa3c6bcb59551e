package au.gov.dss.socialmedia.admin.platform.command;

/** Thrown when the logged-in user's role does not allow an action. Checked on the server for every action. */
public class NotPermittedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The action that was not permitted. */
    public NotPermittedException(String action) {
        super("your role does not allow " + action);
    }
}
