package au.gov.dss.socialmedia.admin.security;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On first start with an empty database, creates the user {@value #USERNAME} (a CMB administrator, linked to the
 * employee {@value #EMPLOYEE}) with the password from {@code ADMIN_INITIAL_PASSWORD}, or, when that is unset, a
 * random one printed once to the log. It must be changed at first login.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class InitialAdministrator {

    /** The initial user's name. */
    public static final String USERNAME = "admin";
    /** The employee number of the initial user. */
    public static final String EMPLOYEE = "ADMIN";

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    UserStore users;

    @Inject
    EmployeeDirectory employees;

    @Inject
    PasswordHashing hashing;

    @Inject
    @ConfigProperty(name = "admin.initial.password")
    Optional<String> initialPassword;

    @PostConstruct
    void createWhenNoUserExists() {
        if (!users.isEmpty()) {
            return;
        }
        boolean generated = initialPassword.map(String::isBlank).orElse(true);
        String password = generated ? PasswordHashing.oneTimePassword() : initialPassword.get();
        employees.save(new Employee(EmployeeId.of(EMPLOYEE), "System Administrator",
                WorkEmail.of("socialmedia@dss.gov.au"), BusinessArea.CMB, EmploymentType.ONGOING, false));
        users.create(USERNAME, EMPLOYEE, hashing.hash(password.toCharArray()),
                EnumSet.of(AppRole.CMB_ADMINISTRATOR, AppRole.AUDITOR));
        if (generated) {
            LOG.warning(() -> "Created the initial user '" + USERNAME + "' with the one-time password " + password
                    + " (set ADMIN_INITIAL_PASSWORD to choose it). It must be changed at first login.");
        } else {
            LOG.info(() -> "Created the initial user '" + USERNAME + "' with the password from ADMIN_INITIAL_PASSWORD;"
                    + " it must be changed at first login.");
        }
    }
}
