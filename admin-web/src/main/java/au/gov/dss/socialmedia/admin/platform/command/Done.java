package au.gov.dss.socialmedia.admin.platform.command;

/**
 * What a command did: its result for the caller, the thing it acted on (known only now when it created it) and what
 * changed, in words, for the audit trail.
 *
 * @param value what the caller gets back (the new thing's id, a one-time password...), or null
 * @param subject what it acted on, or null to keep the subject the command was run with
 * @param summary what changed, in words ("Suspended: suspected compromise")
 * @param <T> the type of the result
 */
public record Done<T>(T value, Subject subject, String summary) {

    /** A command that changed the subject it was run with and returns nothing. */
    public static Done<Void> did(String summary) {
        return new Done<>(null, null, summary);
    }

    /** A command that returns a value about the subject it was run with. */
    public static <T> Done<T> returning(T value, String summary) {
        return new Done<>(value, null, summary);
    }

    /** A command that created (or found) its subject, and returns a value. */
    public static <T> Done<T> created(T value, Subject subject, String summary) {
        return new Done<>(value, subject, summary);
    }
}
