package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.command.ConcurrentChangeException;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.platform.listing.Option;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.user.persistence.UserAdapters;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.JpaUnitOfWork;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException.Rule;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The rules of user administration, through the application service and the real stores on a real database (H2,
 * or PostgreSQL when {@code DB_URL} says so). Every call runs in its own transaction, as a request does.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UserAdministrationTest {

    private static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");

    private final TestDatabase db = TestDatabase.fresh();
    private final List<String> audited = new ArrayList<>();

    @BeforeEach
    void twoAdministratorsAndAnAuditor() {
        db.run(em -> {
            JpaEmployeeDirectory employees = new JpaEmployeeDirectory(em);
            employees.save(employee("E100001", "Alex Nguyen", BusinessArea.CMB));
            employees.save(employee("E100002", "Casey Brown", BusinessArea.CMB));
            employees.save(employee("E200001", "Robin Lee", FAMILIES));
            employees.save(employee("E200002", "Sam Taylor", FAMILIES));
            UserStore users = new UserStore(em);
            users.create("alex", "E100001", "hash", EnumSet.of(AppRole.CMB_ADMINISTRATOR, AppRole.AUDITOR));
            users.create("casey", "E100002", "hash", EnumSet.of(AppRole.CMB_ADMINISTRATOR));
            users.create("robin", "E200001", "hash", EnumSet.of(AppRole.AUDITOR));
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Employee employee(String number, String name, BusinessArea area) {
        return new Employee(EmployeeId.of(number), name, WorkEmail.of(number.toLowerCase() + "@dss.gov.au"), area,
                EmploymentType.ONGOING, false);
    }

    /** Runs the call as the user, in one transaction, with the application's own stores. */
    private <T> T as(String actor, Function<Admin, T> call) {
        return db.inTransaction(em -> call.apply(service(em, actor)));
    }

    private void doAs(String actor, java.util.function.Consumer<Admin> call) {
        as(actor, service -> {
            call.accept(service);
            return null;
        });
    }

    /** The user administration's commands and queries, as one user sees them in one transaction. */
    private record Admin(UserCommands commands, UserQueries queries) {

        OneTimePassword create(NewUser form) {
            return commands.create(form);
        }

        void changeRoles(String username, long version, List<String> roles) {
            commands.changeRoles(username, version, roles);
        }

        void disable(String username, long version) {
            commands.disable(username, version);
        }

        void enable(String username, long version) {
            commands.enable(username, version);
        }

        OneTimePassword resetPassword(String username, long version) {
            return commands.resetPassword(username, version);
        }

        List<UserRow> rows(UserFilter filter, int first, int size) {
            return queries.rows(filter, first, size);
        }

        ListCount count(UserFilter filter) {
            return queries.count(filter);
        }

        List<Option> employeesWithoutUser(String text) {
            return queries.employeesWithoutUser(text);
        }
    }

    private Admin service(EntityManager em, String actor) {
        UserStore users = new UserStore(em);
        CurrentUser user = new CurrentUser() {
            @Override
            public Optional<String> username() {
                return Optional.of(actor);
            }

            @Override
            public Optional<String> displayName() {
                return Optional.of(actor);
            }

            @Override
            public boolean hasRole(AppRole role) {
                // The roles of the session, given at login: a user disabled since still holds them until it ends.
                return users.find(actor).map(u -> u.roles().contains(role)).orElse(false);
            }
        };
        AuditTrail audit = new AuditTrail(null, null) {
            @Override
            public void done(Actor who, String action, Subject subject, String detail) {
                audited.add(who.username() + " " + action + " " + subject.id() + " DONE " + detail);
            }

            @Override
            public void rejected(Actor who, String action, Subject subject, Outcome outcome, String detail) {
                audited.add(who.username() + " " + action + " " + subject.id() + " " + outcome + " " + detail);
            }
        };
        CommandRunner commands = new CommandRunner(user, audit, new JpaUnitOfWork(em));
        PasswordHashing hashing = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "test:" + new String(password);
            }
        };
        JpaEmployeeLookup lookup = new JpaEmployeeLookup(em);
        return new Admin(new UserCommands(users, lookup, hashing, user, commands),
                new UserQueries(UserAdapters.listing(em), new History(new AuditTrail(em, java.time.Clock.systemUTC()),
                        em), lookup, user, commands));
    }

    private UserRow row(String username) {
        return as("alex", service -> service.rows(new UserFilter(username, null, Sort.by("username")), 0, 10)).stream()
                .filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    private Rule refusal(Runnable call) {
        return assertThrows(UserChangeRefusedException.class, call::run).rule();
    }

    @Test
    void an_administrator_creates_a_user_for_an_employee_who_must_change_the_one_time_password() {
        OneTimePassword issued = as("alex", service -> service.create(new NewUser("sam.taylor", "E200002",
                List.of("AUDITOR", "RECORDS_OFFICER"))));

        assertEquals("sam.taylor", issued.username());
        assertEquals(20, issued.password().length());
        assertFalse(issued.toString().contains(issued.password()), "the password never reaches a log");
        UserRow sam = row("sam.taylor");
        assertEquals("E200002", sam.employeeId());
        assertEquals("Sam Taylor", sam.employeeName());
        assertEquals("Families Group", sam.businessArea());
        assertEquals(List.of("AUDITOR", "RECORDS_OFFICER"), sam.roles());
        assertTrue(sam.enabled());
        assertTrue(sam.mustChangePassword());
        String stored = db.inTransaction(em -> new UserStore(em).storedHash(new UserStore(em).find("sam.taylor")
                .orElseThrow()));
        assertEquals("test:" + issued.password(), stored, "only the hash is stored");
        assertTrue(audited.get(audited.size() - 1).startsWith("alex user.create sam.taylor DONE"), audited.toString());
        assertFalse(audited.toString().contains(issued.password()), "the password is never audited");
    }

    @Test
    void one_employee_has_at_most_one_user() {
        Rule rule = refusal(() -> as("alex", service -> service.create(new NewUser("robin2", "E200001",
                List.of("AUDITOR")))));

        assertEquals(Rule.EMPLOYEE_HAS_USER, rule);
        assertEquals(new ListCount(0, false), as("alex", service -> service.count(new UserFilter("robin2", null, null))));
        assertTrue(audited.get(audited.size() - 1).startsWith("alex user.create robin2 REFUSED"), audited.toString());
        assertThrows(RuntimeException.class, () -> db.run(em -> em.createNativeQuery("INSERT INTO app_user"
                + " (username, employee_id, password_hash, must_change_password, enabled, version)"
                + " VALUES ('robin3', 'E200001', 'x', TRUE, TRUE, 1)").executeUpdate()),
                "the database refuses a second user for the employee too");
    }

    @Test
    void user_names_are_three_to_sixty_four_lower_case_characters_and_unique_whatever_the_case() {
        for (String invalid : new String[] {"ab", "Sam", "sam taylor", "sam@dss", "x".repeat(65), ""}) {
            assertEquals(Rule.USERNAME_INVALID, refusal(() -> as("alex", service -> service.create(
                    new NewUser(invalid, "E200002", List.of("AUDITOR"))))), invalid);
        }
        assertEquals(Rule.USERNAME_TAKEN, refusal(() -> as("alex", service -> service.create(
                new NewUser("robin", "E200002", List.of("AUDITOR"))))));
        assertEquals("s-t_1.x", as("alex", service -> service.create(new NewUser(" s-t_1.x ", "E200002",
                List.of("AUDITOR")))).username());
    }

    @Test
    void a_user_is_an_employee_of_the_directory_and_holds_at_least_one_role() {
        assertEquals(Rule.EMPLOYEE_UNKNOWN, refusal(() -> as("alex", service -> service.create(
                new NewUser("nobody", "E999999", List.of("AUDITOR"))))));
        assertEquals(Rule.NO_ROLE, refusal(() -> as("alex", service -> service.create(
                new NewUser("sam", "E200002", List.of())))));
        UserRow robin = row("robin");
        assertEquals(Rule.NO_ROLE, refusal(() -> doAs("alex", service -> service.changeRoles("robin",
                robin.version(), List.of()))));
        assertEquals(List.of("AUDITOR"), row("robin").roles());
    }

    @Test
    void an_administrator_cannot_remove_their_own_administrator_role() {
        UserRow alex = row("alex");

        assertEquals(Rule.OWN_ADMINISTRATOR_ROLE, refusal(() -> doAs("alex", service -> service.changeRoles("alex",
                alex.version(), List.of("AUDITOR")))));
        assertEquals(List.of("AUDITOR", "CMB_ADMINISTRATOR"), row("alex").roles());
        assertTrue(audited.get(audited.size() - 1).contains("alex user.changeRoles alex REFUSED"), audited.toString());

        doAs("casey", service -> service.changeRoles("alex", alex.version(), List.of("AUDITOR")));
        assertEquals(List.of("AUDITOR"), as("casey", service -> service.rows(new UserFilter("alex", null, null), 0, 10)).get(0).roles(), "another administrator may");
    }

    @Test
    void an_administrator_cannot_disable_themselves() {
        UserRow alex = row("alex");

        assertEquals(Rule.DISABLE_SELF, refusal(() -> doAs("alex", service -> service.disable("alex",
                alex.version()))));
        assertTrue(row("alex").enabled());
    }

    @Test
    void the_last_administrator_cannot_be_disabled() {
        doAs("alex", service -> service.disable("casey", row("casey").version()));
        assertFalse(row("casey").enabled());
        UserRow alex = row("alex");

        assertEquals(Rule.LAST_ADMINISTRATOR, refusal(() -> doAs("casey", service -> service.disable("alex",
                alex.version()))), "casey's session outlived her account; the rule holds on the server all the same");
        assertTrue(row("alex").enabled());
        assertTrue(audited.get(audited.size() - 1).startsWith("casey user.disable alex REFUSED the last enabled"),
                audited.toString());
    }

    @Test
    void the_last_enabled_administrator_cannot_lose_the_administrator_role() {
        doAs("alex", service -> service.disable("casey", row("casey").version()));
        UserRow alex = row("alex");

        assertEquals(Rule.LAST_ADMINISTRATOR, refusal(() -> doAs("casey", service -> service.changeRoles("alex",
                alex.version(), List.of("AUDITOR")))));
        assertEquals(List.of("AUDITOR", "CMB_ADMINISTRATOR"), row("alex").roles());
        assertEquals(alex.version(), row("alex").version());

        doAs("alex", service -> service.changeRoles("casey", row("casey").version(), List.of("AUDITOR")));
        assertEquals(List.of("AUDITOR"), row("casey").roles(), "a disabled administrator is not the last one");
    }

    @Test
    void a_stale_change_of_roles_is_refused_and_nothing_is_overwritten() {
        UserRow seenByAlex = row("robin");
        UserRow seenByCasey = row("robin");

        doAs("alex", service -> service.changeRoles("robin", seenByAlex.version(), List.of("AUDITOR",
                "RECORDS_OFFICER")));
        UserRow afterAlex = row("robin");
        assertNotEquals(seenByAlex.version(), afterAlex.version(), "a change of roles alone changes the version");

        ConcurrentChangeException stale = assertThrows(ConcurrentChangeException.class, () -> doAs("casey",
                service -> service.changeRoles("robin", seenByCasey.version(), List.of("CONDUCT_OFFICER"))));
        assertEquals("The user robin", stale.what());
        assertTrue(stale.getMessage().contains("changed by someone else"), stale.getMessage());
        assertEquals(List.of("AUDITOR", "RECORDS_OFFICER"), row("robin").roles(), "Alex's change stands");
        assertEquals(afterAlex.version(), row("robin").version());
        assertTrue(audited.get(audited.size() - 1).startsWith("casey user.changeRoles robin REFUSED"),
                audited.toString());
    }

    @Test
    void a_stale_disable_enable_or_reset_is_refused() {
        UserRow robin = row("robin");
        doAs("alex", service -> service.disable("robin", robin.version()));

        assertThrows(ConcurrentChangeException.class, () -> doAs("casey", service -> service.enable("robin",
                robin.version())));
        assertThrows(ConcurrentChangeException.class, () -> as("casey", service -> service.resetPassword("robin",
                robin.version())));
        assertFalse(row("robin").enabled());
        doAs("casey", service -> service.enable("robin", row("robin").version()));
        assertTrue(row("robin").enabled());
    }

    @Test
    void a_reset_issues_a_new_one_time_password_that_must_be_changed() {
        db.run(em -> new UserStore(em).changePassword("robin", "test:old"));
        assertFalse(row("robin").mustChangePassword());

        OneTimePassword issued = as("alex", service -> service.resetPassword("robin", row("robin").version()));

        assertTrue(row("robin").mustChangePassword());
        assertEquals("test:" + issued.password(), db.inTransaction(em -> new UserStore(em).storedHash(
                new UserStore(em).find("robin").orElseThrow())));
    }

    @Test
    void only_cmb_administrators_administer_users_and_a_refusal_is_audited() {
        UserRow casey = row("casey");

        assertThrows(NotPermittedException.class, () -> doAs("robin", service -> service.disable("casey",
                casey.version())));
        assertThrows(NotPermittedException.class, () -> as("robin", service -> service.create(new NewUser("sam",
                "E200002", List.of("CMB_ADMINISTRATOR")))));
        assertThrows(NotPermittedException.class, () -> as("robin", service -> service.rows(new UserFilter(null,
                null, null), 0, 10)));
        assertThrows(NotPermittedException.class, () -> as("robin", service -> service.employeesWithoutUser("sam")));
        assertTrue(row("casey").enabled());
        assertTrue(audited.contains("robin user.disable casey REFUSED your role does not allow this action"), audited.toString());
        assertTrue(audited.contains("robin user.create sam REFUSED your role does not allow this action"), audited.toString());
    }

    @Test
    void the_employee_search_offers_only_employees_without_a_user() {
        assertEquals(List.of(new Option("E200002", "Sam Taylor (E200002), Families Group")),
                as("alex", service -> service.employeesWithoutUser("TAYLOR")));
        assertEquals(List.of("E200002"), as("alex", service -> service.employeesWithoutUser(" e2000 ")).stream()
                .map(Option::value).toList(), "by number; Robin (E200001) has a user");
        assertEquals(List.of(), as("alex", service -> service.employeesWithoutUser("robin")));
        assertEquals(List.of(), as("alex", service -> service.employeesWithoutUser("  ")));
    }
}
