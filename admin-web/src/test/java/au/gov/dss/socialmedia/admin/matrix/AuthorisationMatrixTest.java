package au.gov.dss.socialmedia.admin.matrix;

import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.security.AppRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation matrix: every protected action of the admin app tried by a user holding each role alone, through
 * the real application services, the real command runner and audit trail, on a real database (H2, or PostgreSQL
 * when {@code DB_URL} is set). Only the intended roles succeed; every other attempt is refused on the server, is
 * audited as refused, and changes nothing. The intended matrix is written out here, apart from
 * {@link ProtectedAction}, so that a change to who may do what has to be made twice, on purpose.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorisationMatrixTest {

    /** Who may do what, as the policy and the issue intend it ("x": may; "-": may not). */
    private static final String INTENDED = """
            action                          ADMIN APPROVER CONTRIBUTOR CONDUCT RECORDS AUDITOR EMPLOYEE
            account.propose                 x     -        -           -       -       -       -
            account.activate                x     -        -           -       -       -       -
            account.suspend                 x     -        -           -       -       -       -
            account.reinstate               x     -        -           -       -       -       -
            account.decommission            x     -        -           -       -       -       -
            account.edit                    x     -        -           -       -       -       -
            account.recordPrivacyReview     x     -        -           -       -       -       -
            account.export                  x     x        x           x       x       x       -
            authorisation.grant             x     -        -           -       -       -       -
            authorisation.suspend           x     -        -           -       -       -       -
            authorisation.reinstate         x     -        -           -       -       -       -
            authorisation.revoke            x     -        -           -       -       -       -
            authorisation.renew             x     -        -           -       -       -       -
            authorisation.export            x     x        x           x       x       x       -
            employee.import                 x     -        -           -       -       -       -
            employee.export                 x     x        x           x       x       x       -
            initiative.draft                x     x        x           x       x       -       -
            initiative.reviseBusinessCase   x     x        x           x       x       -       -
            initiative.addRisk              x     x        x           x       x       -       -
            initiative.removeRisk           x     x        x           x       x       -       -
            initiative.submit               x     x        x           x       x       -       -
            initiative.approve              -     x        -           -       -       -       -
            initiative.reject               -     x        -           -       -       -       -
            initiative.requestChanges       -     x        -           -       -       -       -
            initiative.export               x     x        x           x       x       x       -
            record.retry                    -     -        -           -       x       -       -
            record.verify                   -     -        -           -       x       x       -
            record.export                   -     -        -           -       x       x       -
            audit.export                    -     -        -           -       -       x       -
            user.create                     x     -        -           -       -       -       -
            user.changeRoles                x     -        -           -       -       -       -
            user.disable                    x     -        -           -       -       -       -
            user.enable                     x     -        -           -       -       -       -
            user.resetPassword              x     -        -           -       -       -       -
            user.export                     x     -        -           -       -       -       -
            ruleSet.view                    x     x        -           -       -       x       -
            selfCheck.check                 x     x        x           x       x       x       x
            session.changePassword          x     x        x           x       x       x       x
            post.draft                      x     x        x           -       -       -       -
            post.screen                     x     x        x           -       -       -       -
            post.edit                       x     x        x           -       -       -       -
            post.submit                     x     x        x           -       -       -       -
            post.approve                    x     x        -           -       -       -       -
            post.reject                     x     x        -           -       -       -       -
            post.answerConsent              x     x        x           x       x       -       -
            post.publish                    x     x        x           -       -       -       -
            post.recordAddress              x     x        x           -       -       -       -
            post.withdraw                   x     x        x           -       -       -       -
            post.export                     x     x        x           x       x       x       -
            post.publishScheduled           -     -        -           -       -       -       -
            """;

    private static final AppRole[] COLUMNS = {AppRole.CMB_ADMINISTRATOR, AppRole.CMB_APPROVER,
            AppRole.AUTHORISED_CONTRIBUTOR, AppRole.CONDUCT_OFFICER, AppRole.RECORDS_OFFICER, AppRole.AUDITOR,
            AppRole.EMPLOYEE};

    /**
     * Reads guarded on their own whose success leaves no audit entry: reading the rule sets, and the personal-use
     * self-check, of which nothing is kept but the day's count (a refusal of either is audited like any other).
     */
    private static final Set<ProtectedAction> NOT_AUDITED_WHEN_DONE = EnumSet.of(ProtectedAction.RULESET_VIEW,
            ProtectedAction.SELF_CHECK, ProtectedAction.POST_SCREEN);

    private static TestDatabase db;
    private static Path bagIt;
    private static MatrixDepartment department;

    @BeforeAll
    static void department() throws Exception {
        db = TestDatabase.fresh();
        bagIt = Files.createTempDirectory("matrix-bagit");
        department = MatrixDepartment.seed(db, bagIt);
    }

    @AfterAll
    static void dispose() throws Exception {
        db.close();
        try (Stream<Path> files = Files.walk(bagIt)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(path -> path.toFile().delete());
        }
    }

    static Stream<Arguments> everyActionByEveryRole() {
        Map<String, Set<AppRole>> intended = intended();
        List<Arguments> cases = new ArrayList<>();
        for (ProtectedAction action : ProtectedAction.values()) {
            if (action.isTheAppsOwn()) {
                continue;
            }
            for (AppRole role : AppRole.values()) {
                Set<AppRole> allowed = intended.getOrDefault(action.auditName(), Set.of());
                cases.add(Arguments.of(action, role, allowed.contains(role)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by a user who is only {1}: allowed = {2}")
    @MethodSource("everyActionByEveryRole")
    void only_the_intended_roles_may_run_each_protected_action(ProtectedAction action, AppRole role,
                                                               boolean intended) {
        MatrixDepartment.Attempt attempt = department.prepare(action);
        String actor = "matrix-" + role.name().toLowerCase() + "-" + action.ordinal();
        long doneBefore = department.doneEntries();

        RuntimeException failure = department.attemptAs(actor, role, action, attempt);

        if (intended && NOT_AUDITED_WHEN_DONE.contains(action)) {
            if (failure != null) {
                fail(action.auditName() + " by " + role + " should have succeeded", failure);
            }
            assertEquals(List.of(), department.entriesOf(actor), "a guarded read leaves no trace of who read");
            assertEquals(doneBefore, department.doneEntries());
            return;
        }
        AuditEntry audited = department.lastEntryOf(actor);
        assertEquals(action.auditName(), audited.action(), "the attempt is audited under the action's name");
        if (intended) {
            if (failure != null) {
                fail(action.auditName() + " by " + role + " should have succeeded", failure);
            }
            assertEquals("DONE", audited.outcome(), audited.toString());
            assertEquals(doneBefore + 1, department.doneEntries());
        } else {
            assertTrue(failure instanceof NotPermittedException, action.auditName() + " by " + role
                    + " should have been refused for the role, but " + (failure == null ? "it succeeded" : failure));
            assertEquals("REFUSED", audited.outcome(), audited.toString());
            assertEquals("your role does not allow this action", audited.detail());
            assertEquals(doneBefore, department.doneEntries(), "a refused attempt changes nothing");
        }
    }

    @Test
    void every_protected_action_has_a_row_in_the_intended_matrix_and_an_attempt() {
        Set<String> actions = Arrays.stream(ProtectedAction.values()).map(ProtectedAction::auditName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(actions, new TreeSet<>(intended().keySet()),
                "the intended matrix and ProtectedAction must name the same actions");
        Set<ProtectedAction> withoutAttempt = EnumSet.allOf(ProtectedAction.class);
        withoutAttempt.removeAll(department.attempts());
        assertEquals(Set.of(), withoutAttempt, "every protected action needs an attempt in MatrixDepartment");
    }

    @Test
    void the_server_checks_the_same_matrix_as_the_one_intended() {
        Map<String, Set<AppRole>> intended = intended();
        for (ProtectedAction action : ProtectedAction.values()) {
            assertEquals(intended.get(action.auditName()), action.roles(), action.auditName());
        }
    }

    @Test
    void an_auditor_may_change_nothing_but_read_re_check_a_record_and_change_their_own_password() {
        List<String> auditorMay = Arrays.stream(ProtectedAction.values())
                .filter(action -> intended().get(action.auditName()).contains(AppRole.AUDITOR))
                .filter(action -> !NOT_AUDITED_WHEN_DONE.contains(action))
                .map(ProtectedAction::auditName)
                .filter(name -> !name.endsWith(".export")).toList();
        assertEquals(List.of("record.verify", "session.changePassword"), auditorMay);
    }

    @Test
    void a_plain_employee_may_only_check_a_personal_post_and_change_their_own_password() {
        List<String> employeeMay = Arrays.stream(ProtectedAction.values())
                .filter(action -> intended().get(action.auditName()).contains(AppRole.EMPLOYEE))
                .map(ProtectedAction::auditName).toList();
        assertEquals(List.of("selfCheck.check", "session.changePassword"), employeeMay);
    }

    @Test
    void what_the_app_does_by_itself_no_user_may_do_and_it_runs_only_as_the_app() {
        List<ProtectedAction> appsOwn = Arrays.stream(ProtectedAction.values())
                .filter(ProtectedAction::isTheAppsOwn).toList();
        assertEquals(List.of(ProtectedAction.POST_PUBLISH_SCHEDULED), appsOwn);
        for (ProtectedAction action : appsOwn) {
            assertEquals(Set.of(), action.roles(), action.auditName());
            MatrixDepartment.Attempt attempt = department.prepare(action);
            assertEquals(null, department.attemptAs("matrix-app-" + action.ordinal(), AppRole.EMPLOYEE, action,
                    attempt), "it does not depend on the user's role");
        }
        assertEquals("IllegalStateException", department.runAsAppRefused(ProtectedAction.POST_APPROVE));
    }

    @Test
    void every_role_may_check_a_personal_post() {
        assertEquals(EnumSet.allOf(AppRole.class), ProtectedAction.SELF_CHECK.roles());
    }

    private static Map<String, Set<AppRole>> intended() {
        Map<String, Set<AppRole>> matrix = new LinkedHashMap<>();
        List<String> lines = INTENDED.lines().skip(1).filter(line -> !line.isBlank()).toList();
        for (String line : lines) {
            String[] cells = line.trim().split("\\s+");
            assertEquals(COLUMNS.length + 1, cells.length, "malformed matrix line: " + line);
            Set<AppRole> allowed = EnumSet.noneOf(AppRole.class);
            for (int i = 0; i < COLUMNS.length; i++) {
                if (cells[i + 1].equals("x")) {
                    allowed.add(COLUMNS[i]);
                } else if (!cells[i + 1].equals("-")) {
                    fail("a matrix cell is 'x' or '-': " + line);
                }
            }
            matrix.put(cells[0], allowed);
        }
        return matrix;
    }
}
