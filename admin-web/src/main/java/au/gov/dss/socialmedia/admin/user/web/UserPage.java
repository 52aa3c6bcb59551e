package au.gov.dss.socialmedia.admin.user.web;

import au.gov.dss.socialmedia.admin.user.application.UserCommands;
import au.gov.dss.socialmedia.admin.user.application.UserDetail;
import au.gov.dss.socialmedia.admin.user.application.UserQueries;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.DetailPage;
import au.gov.dss.socialmedia.admin.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's page ({@code /app/user.xhtml?id=username}, CMB administrators): the employee they are, their roles and
 * whether they may log in; changing roles, disabling, enabling and resetting the password in dialogs (a one-time
 * password is shown here once); and what was done to them.
 */
@Named
@ViewScoped
public class UserPage extends DetailPage<UserDetail> {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    UserCommands commands;

    private List<String> roles = new ArrayList<>();

    /** The page, at its address. */
    public UserPage() {
        super("/app/user");
    }

    @Override
    protected Optional<UserDetail> find(String id) {
        return queries.detail(id);
    }

    @Override
    protected void loaded(UserDetail shown) {
        roles = new ArrayList<>(shown.user().roles());
    }

    /** Gives the user exactly the roles ticked. */
    public String changeRoles() {
        return after("rolesForm", () -> commands.changeRoles(getId(), version(), roles), "users.rolesChanged");
    }

    /** Stops the user from logging in. */
    public String disable() {
        return after("disableForm", () -> commands.disable(getId(), version()), "users.disabled");
    }

    /** Lets the user log in again. */
    public String enable() {
        return after("enableForm", () -> commands.enable(getId(), version()), "users.reenabled");
    }

    /** Resets the password; the page then shows the one-time password, once. */
    public String resetPassword() {
        return CommandFeedback.run("resetForm", () -> commands.resetPassword(getId(), version())).map(issued -> {
            UsersPage.handOver(issued);
            Messages.info("users.passwordReset", getId());
            return Pages.to("/app/user", getId());
        }).orElse(null);
    }

    private String after(String form, Runnable action, String doneKey) {
        return act(form, action, doneKey, getId());
    }

    private long version() {
        return getDetail().user().version();
    }

    /** The roles, by name. */
    public List<String> getRoleNames() {
        return queries.roleNames();
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
