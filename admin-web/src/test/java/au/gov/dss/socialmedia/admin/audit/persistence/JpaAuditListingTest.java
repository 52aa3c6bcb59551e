package au.gov.dss.socialmedia.admin.audit.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.audit.application.AuditFilter;
import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The audit trail searched by name, action words, outcome and time, on the real database. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaAuditListingTest {

    private static final Instant DAY_ONE = Instant.parse("2026-12-06T23:00:00Z");
    private static final Instant DAY_TWO = Instant.parse("2026-12-07T23:00:00Z");

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeEach
    void aFewEntries() {
        Actor alex = new Actor("alex", "Alex Nguyen", EnumSet.of(AppRole.CMB_ADMINISTRATOR));
        Actor priya = new Actor("priya", "Priya Sharma", EnumSet.of(AppRole.CMB_APPROVER));
        Subject account = Subject.of(SubjectKind.ACCOUNT, "a1", "X (Twitter) @families");
        Subject initiative = Subject.of(SubjectKind.INITIATIVE, "i1", "Housing stakeholder forum");
        db.run(em -> {
            AuditTrail one = new AuditTrail(em, Clock.fixed(DAY_ONE, ZoneId.of("Australia/Sydney")));
            one.done(alex, "account.propose", account, "proposed");
            one.done(alex, "account.activate", account, "activated");
        });
        db.run(em -> {
            AuditTrail two = new AuditTrail(em, Clock.fixed(DAY_TWO, ZoneId.of("Australia/Sydney")));
            two.done(priya, "initiative.approve", initiative, "approved: clear objectives");
            two.rejected(alex, "account.suspend", account, AuditTrail.Outcome.REFUSED, "cannot suspend");
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ListCount count(AuditFilter filter) {
        return db.inTransaction(em -> new JpaAuditListing(em).count(filter, null, null));
    }

    private List<AuditEntry> rows(AuditFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaAuditListing(em).rows(filter, null, null, first, size));
    }

    private List<String> actions(AuditFilter filter, Instant from, Instant until) {
        return db.inTransaction(em -> new JpaAuditListing(em).rows(filter, from, until, 0, 50)).stream()
                .map(AuditEntry::action).toList();
    }

    private static AuditFilter text(String text, String... actionsWhoseWordsMatch) {
        return new AuditFilter(text, Set.of(actionsWhoseWordsMatch), null, null, null, null, null);
    }

    @Test
    void entries_are_found_by_a_persons_name_what_they_were_about_and_the_words_of_the_action_newest_first() {
        assertEquals(List.of("account.suspend", "account.activate", "account.propose"),
                actions(text("alex ng"), null, null));
        assertEquals(List.of("initiative.approve"), actions(text("stakeholder"), null, null));
        assertEquals(List.of("account.activate"), actions(text("activated", "account.activate"), null, null),
                "the words of the action match, as the page turns them into its key");
        assertEquals(List.of("account.suspend"), actions(new AuditFilter(null, Set.of(), null, "REFUSED", null, null,
                null), null, null));
    }

    @Test
    void entries_are_found_by_the_time_range_asked_for() {
        assertEquals(List.of("account.activate", "account.propose"),
                actions(text(null), DAY_ONE, DAY_TWO));
        assertEquals(List.of("account.suspend", "initiative.approve"),
                actions(text(null), DAY_TWO, DAY_TWO.plusSeconds(1)));
    }

    @Test
    void for_every_filter_the_count_says_as_many_entries_as_the_pages_show() {
        List<AuditFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "alex", "forum", "nobody"),
                        Arrays.asList(null, "account.activate", "initiative.approve"),
                        Arrays.asList(null, "DONE", "REFUSED"))).stream()
                .map(parts -> new AuditFilter(parts.get(0), Set.of(), parts.get(1), parts.get(2), null, null, null))
                .toList();
        ListingContract.countAgreesWithRows(filters, this::count, this::rows, AuditEntry::seq);
    }
}
