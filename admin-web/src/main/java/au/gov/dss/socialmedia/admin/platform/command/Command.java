package au.gov.dss.socialmedia.admin.platform.command;

/**
 * One use case's work, run by the {@link CommandRunner}: loads, lets the domain decide, stores, and says what it did.
 *
 * @param <T> what it returns to its caller
 */
@FunctionalInterface
public interface Command<T> {

    /** Does the work; throws what the domain or the input refuses. */
    Done<T> execute();
}
