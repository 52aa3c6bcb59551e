package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
        String actor = user.username().orElse("anonymous");
        if (action.roles().stream().noneMatch(user::hasRole)) {
            audit.recordRejected(actor, action.auditName(), target, AuditTrail.Outcome.REFUSED, "role not permitted");
            throw new NotPermittedException(action.auditName());
        }
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
