package au.gov.dss.socialmedia.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatabaseIdentityStoreTest {

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeEach
    void anAdministratorAndAnAuditor() {
        db.run(em -> {
            JpaEmployeeDirectory employees = new JpaEmployeeDirectory(em);
            employees.save(new Employee(EmployeeId.of("E100001"), "Alex Nguyen", WorkEmail.of("alex@dss.gov.au"),
                    BusinessArea.CMB, EmploymentType.ONGOING, false));
            employees.save(new Employee(EmployeeId.of("E100002"), "Robin Lee", WorkEmail.of("robin@dss.gov.au"),
                    BusinessArea.CMB, EmploymentType.ONGOING, false));
            UserStore users = new UserStore(em);
            users.create("alex", "E100001", "plain:Alex-Password-1", EnumSet.of(AppRole.CMB_ADMINISTRATOR));
            users.register("robin", "E100002", "plain:Robin-Password-1", EnumSet.of(AppRole.AUDITOR));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CredentialValidationResult logIn(String username, String password) {
        return db.inTransaction(em -> {
            DatabaseIdentityStore store = new DatabaseIdentityStore();
            store.users = new UserStore(em);
            store.hashing = new PasswordHashing() {
                @Override
                public boolean matches(char[] typed, String storedHash) {
                    return ("plain:" + new String(typed)).equals(storedHash);
                }
            };
            return store.validate(new UsernamePasswordCredential(username, password));
        });
    }

    @Test
    void an_enabled_user_logs_in_with_their_roles() {
        CredentialValidationResult result = logIn("robin", "Robin-Password-1");
        assertEquals(CredentialValidationResult.Status.VALID, result.getStatus());
        assertEquals(Set.of("AUDITOR"), result.getCallerGroups());
    }

    @Test
    void a_disabled_user_cannot_log_in_even_with_the_right_password() {
        db.run(em -> new UserStore(em).disable("alex", "robin"));

        assertEquals(CredentialValidationResult.Status.INVALID, logIn("robin", "Robin-Password-1").getStatus());

        db.run(em -> new UserStore(em).enable("robin"));
        assertEquals(CredentialValidationResult.Status.VALID, logIn("robin", "Robin-Password-1").getStatus());
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_refused() {
        assertEquals(CredentialValidationResult.Status.INVALID, logIn("robin", "Alex-Password-1").getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID, logIn("nobody", "Robin-Password-1").getStatus());
    }
}
