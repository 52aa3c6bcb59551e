package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.InitiativeFixture;

import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.initiative.application.InitiativeRow;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeFilter;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import java.util.Arrays;

import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaInitiativeListingTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    /** Stores {@code count} drafts, one a day, the last {@code submitted} of them submitted; ids oldest first. */
    private List<String> storeDrafts(int count, int submitted) {
        Staff.store(db);
        List<Initiative> initiatives = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            Initiative initiative = Initiative.draft("Initiative " + i, FAMILIES, FAMILIES_OFFICER, day(i))
                    .initiative();
            if (i >= count - submitted) {
                initiative.reviseBusinessCase(FAMILIES_OFFICER, InitiativeFixture.completeBusinessCase(), day(i));
                initiative.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(InitiativeFixture.treatedHighRisk()),
                        day(i));
                initiative.submit(FAMILIES_OFFICER, day(i));
            }
            initiatives.add(initiative);
        });
        db.run(em -> initiatives.forEach(new JpaInitiativeRepository(em)::save));
        return initiatives.stream().map(i -> i.id().toString()).toList();
    }

    private List<InitiativeRow> rows(String status, int first, int size) {
        return rows(new InitiativeFilter(null, status, null, null), first, size);
    }

    private List<InitiativeRow> rows(InitiativeFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaInitiativeListing(em).rows(filter, first, size));
    }

    private long count(String status) {
        return count(new InitiativeFilter(null, status, null, null)).rows();
    }

    private ListCount count(InitiativeFilter filter) {
        return db.inTransaction(em -> new JpaInitiativeListing(em).count(filter));
    }

    @Test
    void the_list_is_paged_in_the_database_newest_draft_first() {
        List<String> ids = storeDrafts(7, 0);
        assertEquals(7, count((String) null));
        List<String> firstPage = rows("", 0, 3).stream().map(InitiativeRow::id).toList();
        List<String> lastPage = rows((String) null, 6, 3).stream().map(InitiativeRow::id).toList();
        assertEquals(List.of(ids.get(6), ids.get(5), ids.get(4)), firstPage);
        assertEquals(List.of(ids.get(0)), lastPage);
    }

    @Test
    void the_status_filter_counts_and_lists_only_initiatives_in_that_status() {
        List<String> ids = storeDrafts(5, 2);
        assertEquals(2, count("SUBMITTED"));
        assertEquals(3, count("DRAFT"));
        assertEquals(0, count("APPROVED"));
        assertEquals(List.of(ids.get(4), ids.get(3)),
                rows("SUBMITTED", 0, 10).stream().map(InitiativeRow::id).toList());
    }

    @Test
    void a_row_shows_the_names_of_the_area_and_the_submitter() {
        String id = storeDrafts(1, 0).get(0);
        InitiativeRow row = rows((String) null, 0, 10).get(0);
        assertEquals(id, row.id());
        assertEquals("Initiative 0", row.title());
        assertEquals("Families Group", row.sponsoringArea());
        assertEquals("Officer " + FAMILIES_OFFICER.id().value(), row.submitter());
        assertEquals("DRAFT", row.status());
    }

    @Test
    void for_every_filter_the_count_says_as_many_initiatives_as_the_pages_show() {
        storeDrafts(5, 2);
        List<InitiativeFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "initiative 1", "nothing like it"),
                        Arrays.asList(null, "DRAFT", "SUBMITTED", "APPROVED"),
                        Arrays.asList(null, "FAM", "CMB"))).stream()
                .map(parts -> new InitiativeFilter(parts.get(0), parts.get(1), parts.get(2), null)).toList();
        ListingContract.countAgreesWithRows(filters, this::count, this::rows, InitiativeRow::id);
    }

    @Test
    void the_list_is_sorted_by_title_when_asked() {
        storeDrafts(3, 0);
        assertEquals(List.of("Initiative 0", "Initiative 1", "Initiative 2"), rows(new InitiativeFilter(null, null,
                null, Sort.by("title")), 0, 10).stream().map(InitiativeRow::title).toList());
    }
}
