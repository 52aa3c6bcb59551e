package au.gov.dss.socialmedia.admin.web.support;

import au.gov.dss.socialmedia.admin.application.ConcurrentChangeException;
import au.gov.dss.socialmedia.admin.application.NotPermittedException;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;

/**
 * Runs an action of a page and turns every way it can fail into a message that says what is wrong: a refusal of
 * the policy with its reason and clause, a refusal of the rules of user administration, invalid input, someone
 * else's change, or a role that does not allow it.
 */
public final class CommandFeedback {

    private CommandFeedback() {
    }

    /** Runs the action; returns whether it succeeded (a message was shown otherwise). */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (CommandRefusedException refused) {
            Messages.error("command.refused", refused.refusal().reason() + " (policy: "
                    + refused.refusal().clause().citation() + ")");
        } catch (UserChangeRefusedException refused) {
            Messages.error("command.refused", Messages.text("users.rule." + refused.rule().name(),
                    refused.subject()));
        } catch (ConcurrentChangeException conflict) {
            Messages.error("command.conflict", Messages.text("command.conflict.detail", conflict.what()));
        } catch (NotPermittedException forbidden) {
            Messages.error("command.forbidden", Messages.text("command.forbidden.detail"));
        } catch (IllegalArgumentException | NullPointerException invalid) {
            Messages.error("command.invalid", String.valueOf(invalid.getMessage()));
        }
        return false;
    }
}
