package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;

/** Changing one's own password; forced at first login. */
@Named
@RequestScoped
public class ChangePasswordPage {

    @Inject
    SecurityContext security;

    @Inject
    UserStore users;

    @Inject
    PasswordHashing hashing;

    @Inject
    FacesContext faces;

    private String current;
    private String replacement;
    private String confirmation;

    /** Changes the password when the current one is right and the new one is acceptable. */
    public void change() throws IOException {
        String username = security.getCallerPrincipal().getName();
        var user = users.find(username).orElseThrow();
        if (!hashing.matches(current.toCharArray(), users.storedHash(user))) {
            Messages.error("password.failed", Messages.text("password.current.wrong"));
            return;
        }
        if (!replacement.equals(confirmation)) {
            Messages.error("password.failed", Messages.text("password.confirmation.differs"));
            return;
        }
        String weakness = PasswordHashing.weakness(replacement, username);
        if (weakness != null) {
            Messages.error("password.failed", weakness);
            return;
        }
        if (replacement.equals(current)) {
            Messages.error("password.failed", Messages.text("password.same"));
            return;
        }
        users.changePassword(user.username(), hashing.hash(replacement.toCharArray()));
        Messages.info("password.changed");
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/app/index.xhtml");
    }

    /** The current password typed. */
    public String getCurrent() {
        return current;
    }

    /** Sets the current password typed. */
    public void setCurrent(String current) {
        this.current = current;
    }

    /** The new password typed. */
    public String getReplacement() {
        return replacement;
    }

    /** Sets the new password typed. */
    public void setReplacement(String replacement) {
        this.replacement = replacement;
    }

    /** The new password typed again. */
    public String getConfirmation() {
        return confirmation;
    }

    /** Sets the new password typed again. */
    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
