package au.gov.dss.socialmedia.admin.session.web;

import au.gov.dss.socialmedia.admin.session.application.PasswordChange;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;

/** Changing one's own password; forced at first login. Each mistake is said beside the field it is about. */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    PasswordChange passwords;

    private String current;
    private String replacement;
    private String confirmation;

    /** Changes the password; goes home after. */
    public String change() {
        if (!CommandFeedback.attempt("password", () -> passwords.change(current, replacement, confirmation))) {
            return null;
        }
        Messages.info("password.changed");
        return "/app/index?faces-redirect=true";
    }

    /** @return the current password typed */
    public String getCurrent() {
        return current;
    }

    /** @param current the current password typed */
    public void setCurrent(String current) {
        this.current = current;
    }

    /** @return the new password typed */
    public String getReplacement() {
        return replacement;
    }

    /** @param replacement the new password typed */
    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    /** @return the new password typed again */
    public String getConfirmation() {
        return confirmation;
    }

    /** @param confirmation the new password typed again */
    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
