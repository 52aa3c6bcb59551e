package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.AuthorisationFixture;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.T0;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationRow;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.Employee;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaAuthorisationListingTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private void store(Authorisation... authorisations) {
        db.run(em -> {
            JpaAuthorisationRepository repository = new JpaAuthorisationRepository(em);
            for (Authorisation authorisation : authorisations) {
                repository.save(authorisation);
            }
        });
    }

    private static JpaAuthorisationListing listing(jakarta.persistence.EntityManager em) {
        return new JpaAuthorisationListing(em, Clock.system(ClockProducer.CANBERRA));
    }

    private long count(AuthorisationFilter filter) {
        return db.inTransaction(em -> listing(em).count(filter)).rows();
    }

    private List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size) {
        return db.inTransaction(em -> listing(em).rows(filter, first, size));
    }

    private static AuthorisationFilter all() {
        return new AuthorisationFilter(null, null, null, new Sort("holderName", true));
    }

    private static List<String> ids(List<AuthorisationRow> rows) {
        return rows.stream().map(AuthorisationRow::id).toList();
    }

    @Test
    void the_register_shows_and_sorts_a_holder_renamed_in_the_directory_under_the_new_name() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        Authorisation manager = AuthorisationFixture.manager();
        Authorisation contributor = AuthorisationFixture.contributor(account);
        store(manager, contributor);
        assertEquals(List.of(manager.id().toString(), contributor.id().toString()), ids(rows(all(), 0, 10)),
                "Officer E100010 before Officer E200010");

        Employee renamed = new Employee(Staff.MANAGER.id(), "Zoe Manager", Staff.MANAGER.workEmail(),
                Staff.MANAGER.businessArea(), Staff.MANAGER.employmentType(), Staff.MANAGER.onLeave());
        db.run(em -> new JpaEmployeeDirectory(em).save(renamed));

        List<AuthorisationRow> page = rows(all(), 0, 10);
        assertEquals(List.of(contributor.id().toString(), manager.id().toString()), ids(page),
                "Officer E200010 before Zoe Manager");
        assertEquals("Zoe Manager", page.get(1).holderName());
        assertEquals(1, count(new AuthorisationFilter("zoe", null, null, new Sort("holderName", true))), "found by new name");
        assertEquals(0, count(new AuthorisationFilter("officer e100010", null, null, new Sort("holderName", true))),
                "not found by the old name");
    }

    @Test
    void the_list_is_paged_in_the_database_and_every_row_appears_on_exactly_one_page() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        store(AuthorisationFixture.manager(), AuthorisationFixture.manager(), AuthorisationFixture.manager(),
                AuthorisationFixture.contributor(account), AuthorisationFixture.contributor(account));

        assertEquals(5, count(all()));
        Set<String> seen = new HashSet<>();
        for (int first = 0; first < 5; first += 2) {
            List<AuthorisationRow> page = rows(all(), first, 2);
            assertEquals(first < 4 ? 2 : 1, page.size(), "page from " + first);
            page.forEach(row -> assertTrue(seen.add(row.id()), "row " + row.id() + " on two pages"));
        }
        assertEquals(5, seen.size());
        assertEquals(List.of(), rows(all(), 5, 2));
    }

    @Test
    void a_row_shows_the_holder_by_name_and_what_the_authorisation_covers() {
        Staff.store(db);
        List<AccountId> accounts = Staff.storeAccounts(db, 3);
        Authorisation contributor = AuthorisationFixture.contributor(accounts.get(0), accounts.get(2));
        Authorisation manager = AuthorisationFixture.manager();
        store(contributor, manager);

        AuthorisationRow row = rows(new AuthorisationFilter(null, "AUTHORISED_CONTRIBUTOR", null, null), 0, 10)
                .get(0);
        assertEquals(contributor.id().toString(), row.id());
        assertEquals("E200010", row.holderId());
        assertEquals("Officer E200010", row.holderName());
        assertFalse(row.allCmbAccounts());
        assertEquals(2, row.accountCount());
        assertEquals(List.of("PUBLISH", "RESPOND"), row.activities());
        assertEquals("Official use of social media", row.trainingCourse());
        assertEquals("GRANTED", row.status());
        assertEquals(LocalDate.of(2026, 3, 2), row.from(), "T0 is 11 am on 2 March in Canberra");
        assertEquals(LocalDate.of(2027, 3, 2), row.until(), "it ends 365 days later at 11 am, so that is its last day");

        AuthorisationRow managerRow = rows(new AuthorisationFilter(null, "COMMUNICATION_ACCOUNT_MANAGER", null, null),
                0, 10).get(0);
        assertTrue(managerRow.allCmbAccounts());
        assertEquals(null, managerRow.trainingCourse());
    }

    @Test
    void the_list_is_filtered_by_holder_text_training_course_role_and_status() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        Authorisation manager = AuthorisationFixture.manager();
        Authorisation revoked = AuthorisationFixture.manager();
        revoked.revoke(CMB_OFFICER, "Replaced", day(1));
        Authorisation contributor = AuthorisationFixture.contributor(account);
        store(manager, revoked, contributor);

        assertEquals(List.of(contributor.id().toString()),
                ids(rows(new AuthorisationFilter("officer e2000", null, null, null), 0, 10)), "by name");
        assertEquals(List.of(contributor.id().toString()),
                ids(rows(new AuthorisationFilter(" E200010 ", null, null, null), 0, 10)), "by number");
        assertEquals(List.of(contributor.id().toString()),
                ids(rows(new AuthorisationFilter("OFFICIAL USE", null, null, null), 0, 10)), "by course");
        assertEquals(2, count(new AuthorisationFilter(null, "COMMUNICATION_ACCOUNT_MANAGER", null, null)));
        assertEquals(List.of(revoked.id().toString()),
                ids(rows(new AuthorisationFilter(null, null, "REVOKED", null), 0, 10)));
        assertEquals(1, count(new AuthorisationFilter("E100010", null, "GRANTED", null)));
        assertEquals(0, count(new AuthorisationFilter("nobody", null, null, null)));
    }

    @Test
    void the_list_is_sorted_by_the_column_asked_for_in_either_direction() {
        Staff.store(db);
        Authorisation shortest = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(30)));
        Authorisation middle = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(100)));
        Authorisation longest = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(300)));
        store(middle, longest, shortest);

        List<String> ascending = List.of(shortest.id().toString(), middle.id().toString(), longest.id().toString());
        assertEquals(ascending, ids(rows(new AuthorisationFilter(null, null, null, new Sort("until", true)), 0, 10)));
        assertEquals(List.of(longest.id().toString(), middle.id().toString(), shortest.id().toString()), ids(rows(new AuthorisationFilter(null, null, null, new Sort("until", false)), 0,
                10)));
        assertEquals(3, rows(new AuthorisationFilter(null, null, null, new Sort("not-a-column", true)), 0, 10).size(),
                "an unknown column falls back to the holder's name");
    }

    @Test
    void for_every_filter_the_count_says_as_many_authorisations_as_the_pages_show() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        Authorisation revoked = AuthorisationFixture.manager();
        revoked.revoke(CMB_OFFICER, "Replaced", day(1));
        store(AuthorisationFixture.manager(), AuthorisationFixture.manager(), revoked,
                AuthorisationFixture.contributor(account), AuthorisationFixture.contributor(account));

        List<AuthorisationFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "officer e2000", "official use", "nobody"),
                        Arrays.asList(null, "COMMUNICATION_ACCOUNT_MANAGER", "AUTHORISED_CONTRIBUTOR"),
                        Arrays.asList(null, "GRANTED", "REVOKED", "SUSPENDED"))).stream()
                .map(parts -> new AuthorisationFilter(parts.get(0), parts.get(1), parts.get(2), null)).toList();
        ListingContract.countAgreesWithRows(filters, filter -> db.inTransaction(em -> listing(em).count(filter)),
                this::rows, AuthorisationRow::id);
    }

    @Test
    void the_authorisations_ending_soon_come_soonest_first_without_revoked_ones_and_no_more_than_asked() {
        Staff.store(db);
        Authorisation inTen = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(10)));
        Authorisation inTwenty = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(20)));
        Authorisation inFive = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(5)));
        Authorisation revoked = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(3)));
        revoked.revoke(CMB_OFFICER, "Replaced", day(1));
        Authorisation later = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(90)));
        store(inTen, inTwenty, inFive, revoked, later);

        List<String> soonest = db.inTransaction(em -> listing(em)
                .endingBetween(T0, plusDays(30), 10)).stream().map(line -> line.authorisationId()).toList();
        assertEquals(List.of(inFive.id().toString(), inTen.id().toString(), inTwenty.id().toString()), soonest);
        assertEquals(2, db.inTransaction(em -> listing(em).endingBetween(T0, plusDays(30), 2))
                .size());
        var line = db.inTransaction(em -> listing(em).endingBetween(T0, plusDays(30), 1)).get(0);
        assertEquals("Officer E100010", line.holderName());
        assertEquals(LocalDate.of(2026, 3, 7), line.until(), "it ends 5 days after T0 at 11 am: its last day");
    }
}
