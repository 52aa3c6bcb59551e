package au.gov.dss.socialmedia.admin.platform.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.persistence.JpaUnitOfWork;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The one command runner, on the real database (H2, or PostgreSQL in CI): every command is checked, written inside
 * the command and audited, whatever its outcome. The runner is built as the container builds it: the command runs in
 * the caller's transaction, a refusal's audit entry is written in a transaction of its own (the container's
 * {@code REQUIRES_NEW}), so it stays when the command's transaction rolls back.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaCommandRunnerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T06:26:44Z"), ZoneId.of("Australia/Sydney"));
    private static final Actor ALEX = new Actor("alex", "Alex Nguyen", EnumSet.of(AppRole.CMB_ADMINISTRATOR));
    private static final Subject SAM = Subject.of(SubjectKind.USER, "sam", "sam (Sam Taylor)");

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeEach
    void samHasAUser() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO employee (id, name, work_email, business_area, employment_type, on_leave,"
                    + " version) VALUES ('F2002', 'Sam Taylor', 'sam.taylor@dss.gov.au', 'CMB', 'ONGOING', FALSE, 0)");
        }
        db.run(em -> new UserStore(em).create("sam", "F2002", "first-hash", EnumSet.of(AppRole.AUDITOR)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CommandRunner runner(EntityManager em) {
        AuditTrail trail = new AuditTrail(em, CLOCK) {
            @Override
            public void rejected(Actor actor, String action, Subject subject, Outcome outcome, String detail) {
                db.run(own -> new AuditTrail(own, CLOCK).rejected(actor, action, subject, outcome, detail));
            }
        };
        return new CommandRunner(null, trail, new JpaUnitOfWork(em));
    }

    private List<AuditEntry> samsHistory() {
        return db.inTransaction(em -> new AuditTrail(em, CLOCK).history(SubjectKind.USER, "sam", 10));
    }

    private AuditEntry onlyEntry() {
        List<AuditEntry> history = samsHistory();
        assertEquals(1, history.size(), history.toString());
        return history.get(0);
    }

    @Test
    void a_command_done_is_audited_with_who_did_it_and_what_it_was_about() {
        String value = db.inTransaction(em -> runner(em).run(ALEX, ProtectedAction.USER_ENABLE, SAM,
                () -> Done.returning("result", "enabled sam")));

        assertEquals("result", value);
        AuditEntry entry = onlyEntry();
        assertEquals("DONE", entry.outcome());
        assertEquals("user.enable", entry.action());
        assertEquals("Alex Nguyen", entry.actorName());
        assertEquals("sam (Sam Taylor)", entry.subjectLabel());
        assertEquals("enabled sam", entry.detail());
    }

    @Test
    void a_change_someone_else_saved_in_between_is_refused_as_changed_by_someone_else_and_audited_as_refused() {
        assertThrows(ConcurrentChangeException.class, () -> db.run(em -> runner(em).run(ALEX,
                ProtectedAction.USER_DISABLE, SAM, () -> {
                    UserStore alexs = new UserStore(em);
                    alexs.find("sam").orElseThrow(); // Alex opens Sam's page
                    db.run(priyas -> new UserStore(priyas).resetPassword("sam", "priyas-hash")); // Priya saves first
                    alexs.disable("alex", "sam");
                    return Done.did("disabled sam");
                })));

        AuditEntry entry = onlyEntry();
        assertEquals("REFUSED", entry.outcome(), entry.toString());
        assertEquals("user.disable", entry.action());
        db.run(em -> {
            assertTrue(new UserStore(em).find("sam").orElseThrow().enabled(), "Alex's change was not written");
            assertEquals("priyas-hash", new UserStore(em).storedHash(new UserStore(em).find("sam").orElseThrow()),
                    "Priya's change stands");
        });
    }

    @Test
    void a_value_the_database_refuses_at_the_write_is_audited_as_invalid_input_with_the_field() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> db.run(em -> runner(em)
                .run(ALEX, ProtectedAction.USER_CREATE, SAM, () -> {
                    new UserStore(em).create("sam2", "F2002", "hash", EnumSet.of(AppRole.AUDITOR));
                    return Done.did("created sam2");
                })));

        assertEquals("employee", invalid.field());
        assertEquals("INVALID", onlyEntry().outcome());
    }

    @Test
    void a_fault_is_audited_as_an_error_never_as_invalid_input_and_reaches_the_caller() {
        assertThrows(NullPointerException.class, () -> db.run(em -> runner(em).run(ALEX,
                ProtectedAction.USER_ENABLE, SAM, () -> {
                    throw new NullPointerException("a bug");
                })));

        AuditEntry entry = onlyEntry();
        assertEquals("ERROR", entry.outcome());
        assertFalse(entry.detail().contains("a bug"), "the details go to the log, not the trail: " + entry);
    }

    @Test
    void a_command_the_policy_refuses_is_audited_as_refused_with_the_reason() {
        assertThrows(CommandRefusedException.class, () -> db.run(em -> runner(em).run(ALEX,
                ProtectedAction.USER_ENABLE, SAM, () -> {
                    throw new CommandRefusedException(new Refusal("NOT_NOW", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                            "cannot enable a user now"));
                })));

        AuditEntry entry = onlyEntry();
        assertEquals("REFUSED", entry.outcome());
        assertTrue(entry.detail().contains("cannot enable a user"), entry.toString());
    }

    @Test
    void a_role_that_does_not_allow_the_action_is_refused_before_the_command_runs_and_audited() {
        Actor jordan = new Actor("jordan", "Jordan Lee", EnumSet.of(AppRole.AUTHORISED_CONTRIBUTOR));
        AtomicBoolean ran = new AtomicBoolean();

        assertThrows(NotPermittedException.class, () -> db.run(em -> runner(em).run(jordan,
                ProtectedAction.USER_DISABLE, SAM, () -> {
                    ran.set(true);
                    return Done.did("disabled sam");
                })));

        assertFalse(ran.get());
        AuditEntry entry = onlyEntry();
        assertEquals("REFUSED", entry.outcome());
        assertEquals("Jordan Lee", entry.actorName());
    }
}
