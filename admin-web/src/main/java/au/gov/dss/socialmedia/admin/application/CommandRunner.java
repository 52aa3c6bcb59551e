package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * Runs one use case the same way every time: checks the user's role on the server, runs it, and records it in the
 * audit trail, whether it was done, refused by the policy
 * (or by the rules of user administration), or refused as invalid input. Application services call
 * it inside their transaction; a refusal rolls the transaction back while its audit entry is kept.
 */
@ApplicationScoped
public class CommandRunner {

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    /**
     * Runs the command if the user holds one of the roles the action allows.
     *
     * @param action the use case, with the roles that may run it
     * @param target what it acts on
     * @param command the use case; returns a short description of what changed
     * @return what the command returned
     */
    public String run(ProtectedAction action, String target, Supplier<String> command) {
        return run(actor(), action, target, command);
    }

    /** The logged-in user and their roles, to run a command for them later, on another thread. */
    public Actor actor() {
        EnumSet<AppRole> roles = EnumSet.noneOf(AppRole.class);
        for (AppRole role : AppRole.values()) {
            if (user.hasRole(role)) {
                roles.add(role);
            }
        }
        return new Actor(user.username().orElse("anonymous"), roles);
    }

    /**
     * Refuses (and audits the refusal) unless the actor holds one of the roles the action allows; checked before
     * work is handed to another thread, which then runs it with {@link #run(Actor, ProtectedAction, String, Supplier)}.
     */
    public void permit(Actor actor, ProtectedAction action, String target) {
        if (action.roles().stream().noneMatch(actor.roles()::contains)) {
            audit.recordRejected(actor.username(), action.auditName(), target, AuditTrail.Outcome.REFUSED,
                    "role not permitted");
            throw new NotPermittedException(action.auditName());
        }
    }

    /**
     * Runs the command for an actor captured earlier ({@link #actor()}), as {@link #run(ProtectedAction, String,
     * Supplier)} does for the user of the request: for work on another thread, where there is no request.
     */
    public String run(Actor who, ProtectedAction action, String target, Supplier<String> command) {
        String actor = who.username();
        permit(who, action, target);
        try {
            String done = command.get();
            audit.recordDone(actor, action.auditName(), target, done);
            return done;
        } catch (CommandRefusedException | UserChangeRefusedException refused) {
            audit.recordRejected(actor, action.auditName(), target, AuditTrail.Outcome.REFUSED, refused.getMessage());
            throw refused;
        } catch (IllegalArgumentException | NullPointerException | ConcurrentChangeException invalid) {
            audit.recordRejected(actor, action.auditName(), target, AuditTrail.Outcome.INVALID, String.valueOf(invalid.getMessage()));
            throw invalid;
        }
    }
}
