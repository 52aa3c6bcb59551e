package au.gov.dss.socialmedia.admin.user.persistence;

import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.user.application.UserFilter;
import au.gov.dss.socialmedia.admin.user.application.UserRow;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaUserListingTest {

    private static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeEach
    void fiveUsers() {
        db.run(em -> {
            JpaEmployeeDirectory employees = new JpaEmployeeDirectory(em);
            UserStore users = new UserStore(em);
            String[][] people = {{"E100001", "Alex Nguyen", "alex", "CMB"}, {"E100002", "Casey Brown", "casey", "CMB"},
                    {"E200001", "Robin Lee", "robin", "FAM"}, {"E200002", "Sam Taylor", "sam", "FAM"},
                    {"E200003", "Wren Ortiz", "wren", "FAM"}, {"E200004", "Kim Park", null, "FAM"}};
            for (String[] person : people) {
                employees.save(new Employee(EmployeeId.of(person[0]), person[1],
                        WorkEmail.of(person[0].toLowerCase() + "@dss.gov.au"),
                        person[3].equals("CMB") ? BusinessArea.CMB : FAMILIES, EmploymentType.ONGOING, false));
            }
            users.create("alex", "E100001", "h", EnumSet.of(AppRole.CMB_ADMINISTRATOR, AppRole.AUDITOR));
            users.create("casey", "E100002", "h", EnumSet.of(AppRole.CMB_APPROVER));
            users.create("robin", "E200001", "h", EnumSet.of(AppRole.AUDITOR));
            users.create("sam", "E200002", "h", EnumSet.of(AppRole.AUTHORISED_CONTRIBUTOR));
            users.create("wren", "E200003", "h", EnumSet.of(AppRole.CONDUCT_OFFICER, AppRole.AUDITOR));
        });
        db.run(em -> new UserStore(em).disable("alex", "sam"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long count(UserFilter filter) {
        return listCount(filter).rows();
    }

    private ListCount listCount(UserFilter filter) {
        return db.inTransaction(em -> new JpaUserListing(em).count(filter));
    }

    private List<UserRow> rows(UserFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaUserListing(em).rows(filter, first, size));
    }

    private static List<String> names(List<UserRow> rows) {
        return rows.stream().map(UserRow::username).toList();
    }

    @Test
    void the_list_is_paged_in_the_database_and_every_user_appears_on_exactly_one_page() {
        UserFilter all = new UserFilter(null, null, new Sort("username", true));
        assertEquals(5, count(all));
        Set<String> seen = new HashSet<>();
        for (int first = 0; first < 5; first += 2) {
            List<UserRow> page = rows(all, first, 2);
            assertEquals(first < 4 ? 2 : 1, page.size(), "page from " + first);
            page.forEach(row -> assertTrue(seen.add(row.username()), row.username() + " on two pages"));
        }
        assertEquals(5, seen.size());
        assertEquals(List.of(), rows(all, 5, 2));
    }

    @Test
    void a_row_shows_the_employee_the_business_area_the_roles_and_the_state_of_the_user() {
        UserRow wren = rows(new UserFilter("wren", null, null), 0, 10).get(0);
        assertEquals("E200003", wren.employeeId());
        assertEquals("Wren Ortiz", wren.employeeName());
        assertEquals("Families Group", wren.businessArea());
        assertEquals(List.of("AUDITOR", "CONDUCT_OFFICER"), wren.roles());
        assertTrue(wren.enabled());
        assertTrue(wren.mustChangePassword());
        long stored = db.inTransaction(em -> new UserStore(em).find("wren").orElseThrow().version());
        assertEquals(stored, wren.version());
        assertEquals(wren, db.inTransaction(em -> new JpaUserListing(em).find("wren")).orElseThrow(),
                "the user's page shows them as the list does");
        assertFalse(rows(new UserFilter("sam", null, null), 0, 10).get(0).enabled());
    }

    @Test
    void the_list_is_filtered_by_user_name_employee_name_or_number_and_by_role() {
        assertEquals(List.of("robin"), names(rows(new UserFilter("ROBIN", null, null), 0, 10)), "user name");
        assertEquals(List.of("casey"), names(rows(new UserFilter("brown", null, null), 0, 10)), "name");
        assertEquals(List.of("robin", "sam", "wren"), names(rows(new UserFilter(" e2000 ", null, new Sort("username", true)),
                0, 10)), "number");
        assertEquals(List.of("alex", "robin", "wren"), names(rows(new UserFilter(null, "AUDITOR", new Sort("username", true)), 0, 10)));
        assertEquals(2, count(new UserFilter("e200", "AUDITOR", null)));
        assertEquals(0, count(new UserFilter("kim", null, null)), "Kim Park has no user");
    }

    @Test
    void for_every_filter_the_count_says_as_many_users_as_the_pages_show() {
        List<UserFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "e2000", "brown", "kim"),
                        Arrays.asList(null, "AUDITOR", "CONDUCT_OFFICER", "RECORDS_OFFICER"))).stream()
                .map(parts -> new UserFilter(parts.get(0), parts.get(1), null)).toList();
        ListingContract.countAgreesWithRows(filters, this::listCount, this::rows, UserRow::username);
    }

    @Test
    void the_list_is_sorted_by_the_column_asked_for_in_either_direction() {
        assertEquals(List.of("wren", "sam", "robin", "casey", "alex"), names(rows(new UserFilter(null, null, new Sort("username", false)), 0, 10)));
        assertEquals(List.of("alex", "casey", "robin", "sam", "wren"), names(rows(new UserFilter(null, null, new Sort("employeeName", true)), 0, 10)));
        assertEquals(List.of("alex", "casey", "robin", "sam", "wren"), names(rows(new UserFilter(null, null, new Sort("businessArea", true)), 0, 10)), "CMB's name sorts before Families Group; then by user name");
        assertEquals("sam", names(rows(new UserFilter(null, null, new Sort("enabled", true)), 0, 10)).get(0));
        assertEquals(5, rows(new UserFilter(null, null, new Sort("not-a-column", true)), 0, 10).size());
    }
}
