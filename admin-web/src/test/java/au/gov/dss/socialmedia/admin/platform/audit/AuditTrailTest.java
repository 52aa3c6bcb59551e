package au.gov.dss.socialmedia.admin.platform.audit;

import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditTrailTest {

    private static final Subject FAMILIES = Subject.of(SubjectKind.ACCOUNT, "a-1", "X (Twitter) @DSSFamilies");

    private final TestDatabase db = TestDatabase.fresh();

    private AuditTrail trail(EntityManager em) {
        return new AuditTrail(em, Clock.fixed(Instant.parse("2026-03-02T01:02:03.456789Z"), ZoneOffset.UTC));
    }

    private static Actor actor(String username, String name) {
        return new Actor(username, name, Set.of(AppRole.CMB_ADMINISTRATOR));
    }

    @BeforeEach
    void threeCommands() {
        db.run(em -> trail(em).done(actor("alex", "Alex Nguyen"), "account.activate", FAMILIES, "Activated"));
        db.run(em -> trail(em).rejected(actor("jordan", "Jordan Lee"), "account.suspend", FAMILIES,
                AuditTrail.Outcome.REFUSED, "your role does not allow this action"));
        db.run(em -> trail(em).done(actor("priya", "Priya Sharma"), "initiative.approve",
                Subject.of(SubjectKind.INITIATIVE, "i-1", "Housing stakeholder forum"), "Approved: clear"));
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
        List<AuditEntry> jordan = db.inTransaction(em -> trail(em).byActor("jordan", 10));
        assertEquals(1, jordan.size());
        assertEquals("REFUSED", jordan.get(0).outcome());
        assertEquals("Jordan Lee", jordan.get(0).actorName());
    }

    @Test
    void a_things_history_names_who_did_what_to_it_newest_first() {
        List<AuditEntry> history = db.inTransaction(em -> trail(em).history(SubjectKind.ACCOUNT, "a-1", 10));
        assertEquals(List.of("Jordan Lee", "Alex Nguyen"), history.stream().map(AuditEntry::actorName).toList());
        assertEquals(List.of("account.suspend", "account.activate"), history.stream().map(AuditEntry::action)
                .toList());
        assertEquals("X (Twitter) @DSSFamilies", history.get(0).subjectLabel());
        assertEquals(1, db.inTransaction(em -> trail(em).history(SubjectKind.INITIATIVE, "i-1", 10)).size());
    }

    @Test
    void an_altered_entry_is_reported() {
        sql("UPDATE audit_entry SET outcome = 'DONE' WHERE seq = 2");
        List<String> problems = verify();
        assertTrue(problems.contains("entry 2 was altered after it was written"), problems.toString());
    }

    @Test
    void a_changed_name_of_who_acted_or_of_what_it_was_about_is_reported() {
        sql("UPDATE audit_entry SET actor_name = 'Somebody Else' WHERE seq = 1");
        sql("UPDATE audit_entry SET subject_label = 'Another account' WHERE seq = 3");
        List<String> problems = verify();
        assertTrue(problems.contains("entry 1 was altered after it was written"), problems.toString());
        assertTrue(problems.contains("entry 3 was altered after it was written"), problems.toString());
    }

    @Test
    void an_entry_moved_back_to_the_first_version_of_the_chain_to_hide_its_names_is_reported() {
        sql("UPDATE audit_entry SET chain_version = 1 WHERE seq = 2");
        assertTrue(verify().contains("entry 2 was altered after it was written"));
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
