package au.gov.dss.socialmedia.admin.security;

import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * Who is acting in this request: the logged-in user and the employee they are, so that the domain's rules (nobody
 * approves their own initiative, CMB decides) see the real person.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    UserStore users;

    @Inject
    EmployeeDirectory employees;

    private Employee employee;

    /** The logged-in user's name, if someone is logged in. */
    public Optional<String> username() {
        return Optional.ofNullable(security.getCallerPrincipal()).map(Principal::getName);
    }

    /** The employee the logged-in user is. */
    public Employee employee() {
        if (employee == null) {
            String username = username().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
            UserEntity user = users.find(username).orElseThrow(() -> new IllegalStateException(
                    "user " + username + " is logged in but not stored"));
            employee = employees.get(EmployeeId.of(user.employeeId()));
        }
        return employee;
    }

    /** The logged-in person's name, as the audit trail shows it, if someone is logged in and in the directory. */
    public Optional<String> displayName() {
        if (username().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(employee().name());
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    /** Whether the logged-in user holds the role. */
    public boolean hasRole(AppRole role) {
        return security.isCallerInRole(role.name());
    }
}
