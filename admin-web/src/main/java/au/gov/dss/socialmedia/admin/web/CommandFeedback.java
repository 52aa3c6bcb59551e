package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.platform.command.ConcurrentChangeException;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an action of a page and turns every way it can fail into a message that says what is wrong, shown where it
 * happened: in the form or dialog that ran it (which then stays open with what was typed), beside the field when the
 * refusal names one. The ways: a refusal of the policy with its reason and clause, a refusal of the rules of user
 * administration, a value the form cannot take, someone else's change, a role that does not allow it, or a fault
 * (shown with a reference that the log has the details under).
 */
public final class CommandFeedback {

    private static final Logger LOG = Logger.getLogger(CommandFeedback.class.getName());

    private CommandFeedback() {
    }

    /** Runs the action for the form with the client id; returns whether it succeeded (a message was shown if not). */
    public static boolean attempt(String form, Runnable action) {
        return run(form, () -> {
            action.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Runs the action for the form with the client id; returns its result, or nothing when it failed. */
    public static <T> Optional<T> run(String form, Supplier<T> action) {
        try {
            return Optional.of(action.get());
        } catch (CommandRefusedException refused) {
            fail(form, "command.refused", refused.refusal().reason() + " (policy: "
                    + refused.refusal().clause().citation() + ")");
        } catch (UserChangeRefusedException refused) {
            fail(form, "command.refused", Messages.text("users.rule." + refused.rule().name(), refused.subject()));
        } catch (ConcurrentChangeException conflict) {
            fail(form, "command.conflict", Messages.text("command.conflict.detail", conflict.what()));
        } catch (NotPermittedException forbidden) {
            fail(form, "command.forbidden", Messages.text("command.forbidden.detail"));
        } catch (InvalidInputException invalid) {
            String field = form == null ? null : form + ":" + invalid.field();
            FacesContext context = FacesContext.getCurrentInstance();
            UIComponent component = field == null ? null : context.getViewRoot().findComponent(field);
            fail(component == null ? form : field, "command.invalid",
                    Messages.text(invalid.messageKey(), invalid.value()));
        } catch (IllegalArgumentException | DateTimeException invalid) {
            fail(form, "command.invalid", String.valueOf(invalid.getMessage()));
        } catch (RuntimeException error) {
            String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            LOG.log(Level.SEVERE, "Error reference " + reference, error);
            fail(form, "command.error", Messages.text("command.error.detail", reference));
        }
        return Optional.empty();
    }

    private static void fail(String clientId, String summaryKey, String detail) {
        Messages.error(clientId, summaryKey, detail);
        // A dialog closes on completion only when validation did not fail: it stays open with what was typed.
        FacesContext.getCurrentInstance().validationFailed();
    }
}
