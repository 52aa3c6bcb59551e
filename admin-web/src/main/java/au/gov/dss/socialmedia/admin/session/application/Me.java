package au.gov.dss.socialmedia.admin.session.application;

import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.common.Employee;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;

/** The signed-in person as their own page shows them: user name, the employee they are, and their roles. */
@RequestScoped
public class Me {

    @Inject
    CurrentUser user;

    /** The user name. */
    public String username() {
        return user.username().orElse("");
    }

    /** The employee the user is. */
    public Employee employee() {
        return user.employee();
    }

    /** The roles held, by name, in their usual order. */
    public List<String> roles() {
        return Arrays.stream(AppRole.values()).filter(user::hasRole).map(Enum::name).toList();
    }
}
