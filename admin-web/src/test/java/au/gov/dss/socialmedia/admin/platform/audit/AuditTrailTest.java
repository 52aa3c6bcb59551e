package au.gov.dss.socialmedia.admin.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTrailTest {

    private final TestDatabase db = TestDatabase.fresh();

    private AuditTrail trail(EntityManager em) {
        AuditTrail trail = new AuditTrail();
        trail.em = em;
        trail.clock = Clock.fixed(Instant.parse("2026-03-02T01:02:03.456789Z"), ZoneOffset.UTC);
        return trail;
    }

    @BeforeEach
    void threeCommands() {
        db.run(em -> trail(em).recordDone("alex", "account.activate", "@DSSFamilies", "AccountActivated"));
        db.run(em -> trail(em).recordRejected("jordan", "account.propose", "@x", AuditTrail.Outcome.REFUSED,
                "role not permitted"));
        db.run(em -> trail(em).recordDone("priya", "initiative.approve", "Forum", "InitiativeApproved"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> verify() {
        return db.inTransaction(em -> trail(em).verify());
    }

    private void sql(String statement) {
        db.run(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void an_untouched_trail_verifies_and_keeps_refused_commands_too() {
        assertEquals(List.of(), verify());
        List<AuditEntry> jordan = db.inTransaction(em -> trail(em).page("jordan", null, 0, 10));
        assertEquals(1, jordan.size());
        assertEquals("REFUSED", jordan.get(0).outcome());
        assertEquals(3, db.inTransaction(em -> trail(em).page(null, "account", 0, 10)).size()
                + db.inTransaction(em -> trail(em).page(null, "initiative", 0, 10)).size());
    }

    @Test
    void an_altered_entry_is_reported() {
        sql("UPDATE audit_entry SET outcome = 'DONE' WHERE seq = 2");
        List<String> problems = verify();
        assertTrue(problems.contains("entry 2 was altered after it was written"), problems.toString());
    }

    @Test
    void a_removed_entry_in_the_middle_is_reported() {
        sql("DELETE FROM audit_entry WHERE seq = 2");
        List<String> problems = verify();
        assertTrue(problems.contains("entries 2 to 2 are missing"), problems.toString());
        assertTrue(problems.contains("entry 3 does not follow the entry before it"), problems.toString());
    }

    @Test
    void removing_the_last_entries_is_reported() {
        sql("DELETE FROM audit_entry WHERE seq = 3");
        List<String> problems = verify();
        assertTrue(problems.stream().anyMatch(p -> p.contains("were removed")), problems.toString());
    }
}
