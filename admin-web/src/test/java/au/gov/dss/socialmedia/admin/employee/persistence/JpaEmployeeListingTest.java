package au.gov.dss.socialmedia.admin.employee.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeRow;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The employee directory as the list shows it, on the real database: filtered, counted no further than the limit. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaEmployeeListingTest {

    private static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");

    private final TestDatabase db = TestDatabase.fresh();

    @BeforeEach
    void sixEmployees() {
        db.run(em -> {
            JpaEmployeeDirectory employees = new JpaEmployeeDirectory(em);
            Object[][] people = {{"C1001", "Alex Nguyen", BusinessArea.CMB, EmploymentType.ONGOING},
                    {"C1002", "Priya Sharma", BusinessArea.CMB, EmploymentType.NON_ONGOING},
                    {"F2001", "Jordan Lee", FAMILIES, EmploymentType.ONGOING},
                    {"F2002", "Sam Taylor", FAMILIES, EmploymentType.CONTRACTOR},
                    {"F2003", "Sam O'Neil", FAMILIES, EmploymentType.SECONDEE},
                    {"F2004", "Robin 100% Lee", FAMILIES, EmploymentType.ONGOING}};
            for (Object[] person : people) {
                String number = (String) person[0];
                employees.save(new Employee(EmployeeId.of(number), (String) person[1],
                        WorkEmail.of(number.toLowerCase() + "@dss.gov.au"), (BusinessArea) person[2],
                        (EmploymentType) person[3], false));
            }
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ListCount count(EmployeeFilter filter) {
        return db.inTransaction(em -> new JpaEmployeeListing(em).count(filter));
    }

    private List<EmployeeRow> rows(EmployeeFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaEmployeeListing(em).rows(filter, first, size));
    }

    private List<String> names(EmployeeFilter filter) {
        return rows(filter, 0, 50).stream().map(EmployeeRow::name).toList();
    }

    @Test
    void the_directory_is_searched_by_name_number_or_email_and_filtered_by_area_and_employment_type() {
        assertEquals(List.of("Sam O'Neil", "Sam Taylor"), names(new EmployeeFilter("SAM", null, null, null)));
        assertEquals(List.of("Priya Sharma"), names(new EmployeeFilter("c1002", null, null, null)));
        assertEquals(List.of("Jordan Lee"), names(new EmployeeFilter("f2001@dss", null, null, null)));
        assertEquals(List.of("Alex Nguyen", "Priya Sharma"), names(new EmployeeFilter(null, "CMB", null, null)));
        assertEquals(List.of("Jordan Lee", "Robin 100% Lee"),
                names(new EmployeeFilter(null, "FAM", "ONGOING", null)));
        assertEquals(List.of("Robin 100% Lee"), names(new EmployeeFilter("100%", null, null, null)),
                "a per cent sign is a character, not a wildcard");
        assertEquals(List.of("Sam O'Neil"), names(new EmployeeFilter("o'n", null, null, null)));
    }

    @Test
    void the_directory_is_sorted_by_the_column_asked_for() {
        assertEquals(List.of("Sam Taylor", "Sam O'Neil", "Robin 100% Lee", "Priya Sharma", "Jordan Lee", "Alex Nguyen"),
                names(new EmployeeFilter(null, null, null, new Sort("name", false))));
        assertEquals("C1001", rows(new EmployeeFilter(null, null, null, new Sort("id", true)), 0, 1).get(0).id());
    }

    @Test
    void for_every_filter_the_count_says_as_many_employees_as_the_pages_show() {
        List<EmployeeFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "sam", "lee", "nobody"),
                        Arrays.asList(null, "CMB", "FAM"),
                        Arrays.asList(null, "ONGOING", "SECONDEE"))).stream()
                .map(parts -> new EmployeeFilter(parts.get(0), parts.get(1), parts.get(2), null)).toList();
        ListingContract.countAgreesWithRows(filters, this::count, this::rows, EmployeeRow::id);
    }
}
