package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Runs one use case the same way every time: checks the user's role on the server, runs it, and records it in the
 * audit trail, whether it was done, refused by the policy, or refused as invalid input. Application services call
 * it inside their transaction; a refusal rolls the transaction back while its audit entry is kept.
 */
@ApplicationScoped
public class CommandRunner {

    @Inject
    CurrentUser user;

    @Inject
    AuditTrail audit;

    /**
     * Runs the command if the user holds one of the roles.
     *
     * @param action the audit name of the use case, for example {@code account.activate}
     * @param target what it acts on
     * @param command the use case; returns a short description of what changed
     * @param roles the roles allowed to run it
     * @return what the command returned
     */
    public String run(String action, String target, Supplier<String> command, AppRole... roles) {
        String actor = user.username().orElse("anonymous");
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            audit.recordRejected(actor, action, target, AuditTrail.Outcome.REFUSED, "role not permitted");
            throw new NotPermittedException(action);
        }
        try {
            String done = command.get();
            audit.recordDone(actor, action, target, done);
            return done;
        } catch (CommandRefusedException refused) {
            audit.recordRejected(actor, action, target, AuditTrail.Outcome.REFUSED, refused.getMessage());
            throw refused;
        } catch (IllegalArgumentException | NullPointerException | ConcurrentChangeException invalid) {
            audit.recordRejected(actor, action, target, AuditTrail.Outcome.INVALID, String.valueOf(invalid.getMessage()));
            throw invalid;
        }
    }
}
