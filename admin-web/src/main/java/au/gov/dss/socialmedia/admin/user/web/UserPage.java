package au.gov.dss.socialmedia.admin.user.web;

import au.gov.dss.socialmedia.admin.user.application.UserCommands;
import au.gov.dss.socialmedia.admin.user.application.UserDetail;
import au.gov.dss.socialmedia.admin.user.application.UserQueries;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's page ({@code /app/user.xhtml?id=username}, CMB administrators): the employee they are, their roles and
 * whether they may log in; changing roles, disabling, enabling and resetting the password in dialogs (a one-time
 * password is shown here once); and what was done to them.
 */
@Named
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    UserCommands commands;

    private String id;
    private UserDetail detail;
    private List<String> roles = new ArrayList<>();

    /** Reads the user named by the address; answers 404 when there is none. */
    public void load() {
        detail = id == null ? null : queries.detail(id).orElse(null);
        if (detail == null) {
            Pages.notFound();
            return;
        }
        roles = new ArrayList<>(detail.user().roles());
    }

    /** Gives the user exactly the roles ticked. */
    public String changeRoles() {
        return after("rolesForm", () -> commands.changeRoles(id, version(), roles), "users.rolesChanged");
    }

    /** Stops the user from logging in. */
    public String disable() {
        return after("disableForm", () -> commands.disable(id, version()), "users.disabled");
    }

    /** Lets the user log in again. */
    public String enable() {
        return after("enableForm", () -> commands.enable(id, version()), "users.reenabled");
    }

    /** Resets the password; the page then shows the one-time password, once. */
    public String resetPassword() {
        return CommandFeedback.run("resetForm", () -> commands.resetPassword(id, version())).map(issued -> {
            UsersPage.show(issued);
            Messages.info("users.passwordReset", id);
            return Pages.to("/app/user", id);
        }).orElse(null);
    }

    private String after(String form, Runnable action, String doneKey) {
        if (!CommandFeedback.attempt(form, action)) {
            return null;
        }
        Messages.info(doneKey, id);
        return Pages.to("/app/user", id);
    }

    private long version() {
        return detail.user().version();
    }

    /** The roles, by name. */
    public List<String> getRoleNames() {
        return queries.roleNames();
    }

    /** The page. */
    public UserDetail getDetail() {
        return detail;
    }

    /** @return the user name, from the address */
    public String getId() {
        return id;
    }

    /** @param id the user name */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the roles ticked */
    public List<String> getRoles() {
        return roles;
    }

    /** @param roles the roles ticked */
    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
