package au.gov.dss.socialmedia.admin.platform.command;

import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one use case the same way every time: checks the user's role on the server ({@link ProtectedAction}), runs
 * it, writes its changes (so that a conflicting change or a value already taken is refused inside the command), and
 * records it in the audit trail whether it was done, refused (by the policy, the rules of user administration, a
 * change someone else made in between, or a role that does not allow it), refused as invalid input, or failed with an
 * error. Application services call it inside their transaction; a refusal rolls the transaction back while its audit
 * entry is kept (it is written in a transaction of its own).
 */
@ApplicationScoped
public class CommandRunner {

    private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());

    private CurrentUser user;
    private AuditTrail audit;
    private UnitOfWork work;

    /** For CDI's proxies. */
    protected CommandRunner() {
    }

    /** A runner for the user of the request, writing to the audit trail and the unit of work. */
    @Inject
    public CommandRunner(CurrentUser user, AuditTrail audit, UnitOfWork work) {
        this.user = user;
        this.audit = audit;
        this.work = work;
    }

    /**
     * Runs the command for the logged-in user if they hold one of the roles the action allows.
     *
     * @param action the use case, with the roles that may run it
     * @param subject what it acts on
     * @param command the use case
     * @param <T> what it returns
     * @return what the command returned
     */
    public <T> T run(ProtectedAction action, Subject subject, Command<T> command) {
        return run(actor(), action, subject, command);
    }

    /** The logged-in user, their name and their roles, to run a command for them later, on another thread. */
    public Actor actor() {
        EnumSet<AppRole> roles = EnumSet.noneOf(AppRole.class);
        for (AppRole role : AppRole.values()) {
            if (user.hasRole(role)) {
                roles.add(role);
            }
        }
        String username = user.username().orElse("anonymous");
        return new Actor(username, user.displayName().orElse(username), roles);
    }

    /**
     * Refuses (and audits the refusal) unless the actor holds one of the roles the action allows; checked before
     * work is handed to another thread, which then runs it with {@link #run(Actor, ProtectedAction, Subject,
     * Command)}.
     */
    public void permit(Actor actor, ProtectedAction action, Subject subject) {
        if (!actor.may(action)) {
            audit.rejected(actor, action.auditName(), subject, AuditTrail.Outcome.REFUSED,
                    "your role does not allow this action");
            throw new NotPermittedException(action.auditName());
        }
    }

    /**
     * Runs the command for an actor captured earlier ({@link #actor()}), as {@link #run(ProtectedAction, Subject,
     * Command)} does for the user of the request: for work on another thread, where there is no request.
     */
    public <T> T run(Actor actor, ProtectedAction action, Subject subject, Command<T> command) {
        permit(actor, action, subject);
        return execute(actor, action, subject, command);
    }

    /**
     * Runs work the app does by itself at a time it decides (a scheduled publication): there is no user, so no role
     * to check, and the audit trail names {@link Actor#APP}. Only an action that no user may take is run so
     * ({@link ProtectedAction#isTheAppsOwn()}).
     */
    public <T> T runAsApp(ProtectedAction action, Subject subject, Command<T> command) {
        if (!action.isTheAppsOwn()) {
            throw new IllegalStateException(action.auditName() + " is a user's action, not the app's own");
        }
        return execute(Actor.APP, action, subject, command);
    }

    private <T> T execute(Actor actor, ProtectedAction action, Subject subject, Command<T> command) {
        Done<T> done;
        try {
            done = command.execute();
            work.flush();
        } catch (CommandRefusedException | UserChangeRefusedException | ConcurrentChangeException
                 | NotPermittedException refused) {
            audit.rejected(actor, action.auditName(), subject, AuditTrail.Outcome.REFUSED, refused.getMessage());
            throw refused;
        } catch (IllegalArgumentException | DateTimeException invalid) {
            audit.rejected(actor, action.auditName(), subject, AuditTrail.Outcome.INVALID, invalid.getMessage());
            throw invalid;
        } catch (RuntimeException error) {
            // A fault, not the user's doing: the details go to the log; the trail says that it failed.
            LOG.log(Level.SEVERE, "Command " + action.auditName() + " on " + subject.label() + " failed", error);
            audit.rejected(actor, action.auditName(), subject, AuditTrail.Outcome.ERROR,
                    "failed with an error: " + error.getClass().getSimpleName());
            throw error;
        }
        audit.done(actor, action.auditName(), done.subject() == null ? subject : done.subject(), done.summary());
        return done.value();
    }
}
