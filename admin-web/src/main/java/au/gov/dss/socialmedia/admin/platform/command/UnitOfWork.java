package au.gov.dss.socialmedia.admin.platform.command;

/**
 * Port: writes a command's changes to the database before the command is counted as done, so that what the database
 * refuses (someone else's change in between, a value already taken) comes back as the command's own refusal
 * ({@link ConcurrentChangeException}, {@link InvalidInputException}) while the command runner can still audit it.
 */
public interface UnitOfWork {

    /** Writes the pending changes; translates the database's refusals. */
    void flush();
}
