package au.gov.dss.socialmedia.admin.session.web;

import au.gov.dss.socialmedia.admin.session.application.Me;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The signed-in person's own page ({@code /app/me.xhtml}): who they are, their roles, and changing the password. */
@Named
@RequestScoped
public class MePage {

    @Inject
    Me me;

    /** @return the user name */
    public String getUsername() {
        return me.username();
    }

    /** @return the employee number */
    public String getEmployeeNumber() {
        return me.employee().id().value();
    }

    /** @return the employee's name and number */
    public String getEmployeeLabel() {
        return me.employee().name() + " (" + me.employee().id().value() + ")";
    }

    /** @return the roles, by name */
    public List<String> getRoles() {
        return me.roles();
    }
}
