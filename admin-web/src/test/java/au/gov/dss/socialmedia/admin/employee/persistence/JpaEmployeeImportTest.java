package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.authorisation.persistence.JpaAuthorisationRepository;
import au.gov.dss.socialmedia.admin.authorisation.persistence.AuthorisationAdapters;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.AuthorisationFixture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationRow;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeImport;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeImportStore;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeRow;
import au.gov.dss.socialmedia.admin.employee.application.ImportCounts;
import au.gov.dss.socialmedia.admin.employee.application.ImportProgress;
import au.gov.dss.socialmedia.admin.employee.application.ImportRejectedException;
import au.gov.dss.socialmedia.admin.employee.application.ImportReport;
import au.gov.dss.socialmedia.admin.employee.application.RowProblem;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The employee directory's list and import against a real database (H2, or PostgreSQL when DB_URL is set). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaEmployeeImportTest {

    private static final String HEADER =
            "employee_number,name,work_email,business_area_code,business_area_name,employment_type,on_leave\n";

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    /** Imports the file in one transaction, as the application's import does. */
    private ImportReport importFile(String text) {
        return db.inTransaction(em -> importFile(new JpaEmployeeImportStore(em), text));
    }

    private static ImportReport importFile(EmployeeImportStore store, String text) {
        return EmployeeImport.importFile(store, "staff.csv", text.getBytes(StandardCharsets.UTF_8),
                new ImportProgress());
    }

    private List<EmployeeRow> rows(EmployeeFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaEmployeeListing(em).rows(filter, first, size));
    }

    private long count(EmployeeFilter filter) {
        return db.inTransaction(em -> new JpaEmployeeListing(em).count(filter)).rows();
    }

    /** Counted exactly, past the lists' limit: every row of the directory that matches the condition. */
    private long counted(String where, Object... values) {
        return db.inTransaction(em -> {
            var query = em.createNativeQuery("SELECT COUNT(*) FROM employee e" + where);
            for (int i = 0; i < values.length; i++) {
                query.setParameter(i + 1, values[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static EmployeeFilter all() {
        return new EmployeeFilter(null, null, null, new Sort("name", true));
    }

    private static List<String> ids(List<EmployeeRow> rows) {
        return rows.stream().map(EmployeeRow::id).toList();
    }

    private Employee stored(String number) {
        return db.inTransaction(em -> new JpaEmployeeDirectory(em).find(EmployeeId.of(number)).orElseThrow());
    }

    @Test
    void the_directory_is_paged_in_the_database_and_every_employee_appears_on_exactly_one_page() {
        Staff.store(db);
        assertEquals(7, count(all()));
        Set<String> seen = new HashSet<>();
        for (int first = 0; first < 7; first += 3) {
            rows(all(), first, 3).forEach(row -> assertTrue(seen.add(row.id()), row.id() + " on two pages"));
        }
        assertEquals(7, seen.size());
    }

    @Test
    void a_row_shows_the_employee_with_the_name_of_their_business_area() {
        Staff.store(db);
        EmployeeRow row = rows(new EmployeeFilter("E200010", null, null, null), 0, 10).get(0);
        assertEquals(new EmployeeRow("E200010", "Officer E200010", "e200010@dss.gov.au", "FAM", "Families Group",
                "ONGOING", false), row);
    }

    @Test
    void the_directory_is_filtered_by_text_business_area_and_employment_type() {
        Staff.store(db);
        importFile(HEADER + "X1,Zoe Contractor,zoe.c@dss.gov.au,FAM,Families Group,CONTRACTOR,yes\n");
        assertEquals(List.of("X1"), ids(rows(new EmployeeFilter("ZOE", null, null, null), 0, 10)), "name");
        assertEquals(List.of("X1"), ids(rows(new EmployeeFilter("zoe.c@", null, null, null), 0, 10)),
                "email");
        assertEquals(List.of("E300001"), ids(rows(new EmployeeFilter(" e300001 ", null, null, null), 0, 10)),
                "number");
        assertEquals(3, count(new EmployeeFilter(null, "FAM", null, null)));
        assertEquals(List.of("X1"), ids(rows(new EmployeeFilter(null, null, "CONTRACTOR", null), 0, 10)));
        assertEquals(2, count(new EmployeeFilter("officer", "FAM", "ONGOING", null)));
        assertEquals(0, count(new EmployeeFilter("nobody", null, null, null)));
    }

    @Test
    void the_directory_is_sorted_by_the_column_asked_for_in_either_direction() {
        importFile(HEADER + "A3,Bea,bea@dss.gov.au,FAM,Families Group,ONGOING,no\n"
                + "A1,Cal,cal@dss.gov.au,CMB,Communication and Media Branch,SECONDEE,yes\n"
                + "A2,Abe,abe@dss.gov.au,HOU,Housing Group,CONTRACTOR,no\n");
        assertEquals(List.of("A2", "A3", "A1"), ids(rows(new EmployeeFilter(null, null, null, new Sort("name", true)), 0, 10)));
        assertEquals(List.of("A1", "A3", "A2"), ids(rows(new EmployeeFilter(null, null, null, new Sort("name", false)), 0, 10)));
        assertEquals(List.of("A1", "A2", "A3"), ids(rows(new EmployeeFilter(null, null, null, new Sort("id", true)), 0, 10)));
        assertEquals(List.of("A1", "A3", "A2"),
                ids(rows(new EmployeeFilter(null, null, null, new Sort("businessArea", true)), 0, 10)));
        assertEquals(List.of("A2", "A3", "A1"),
                ids(rows(new EmployeeFilter(null, null, null, new Sort("employmentType", true)), 0, 10)));
        assertEquals(List.of("A1", "A3", "A2"), ids(rows(new EmployeeFilter(null, null, null,
                new Sort("onLeave", false)), 0, 10)), "on leave first, then by number in the same direction");
        assertEquals(3, rows(new EmployeeFilter(null, null, null, new Sort("no-such-column", true)), 0, 10).size());
    }

    @Test
    void an_import_adds_new_employees_updates_changed_ones_and_leaves_the_others_alone() {
        Staff.store(db);
        ImportReport report = importFile(HEADER
                + "E100001,Officer E100001,e100001@dss.gov.au,CMB,Communication and Media Branch,ONGOING,no\n"
                + "E200010,Renamed Officer,e200010@dss.gov.au,HOU,Housing Group,NON_ONGOING,yes\n"
                + "N1,New Person,new.person@dss.gov.au,FAM,Families Group,SECONDEE,no\n");
        assertTrue(report.imported());
        assertEquals(new ImportCounts(1, 1, 1), report.counts());
        Employee renamed = stored("E200010");
        assertEquals("Renamed Officer", renamed.name());
        assertEquals(new BusinessArea("HOU", "Housing Group"), renamed.businessArea());
        assertEquals("Housing Group", renamed.businessArea().name(), "a new business area is stored with its name");
        assertEquals(EmploymentType.NON_ONGOING, renamed.employmentType());
        assertTrue(renamed.onLeave());
        assertEquals("New Person", stored("N1").name());
        assertEquals(8, count(all()));
    }

    @Test
    void an_employee_renamed_by_an_import_appears_under_the_new_name_in_the_authorisation_register() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        db.run(em -> new JpaAuthorisationRepository(em).save(AuthorisationFixture.contributor(account)));

        assertTrue(importFile(HEADER
                + "E200010,Renamed Officer,e200010@dss.gov.au,FAM,Families Group,ONGOING,no\n").imported());

        assertEquals(List.of("Renamed Officer"), db.inTransaction(em -> AuthorisationAdapters.listing(em,
                        Clock.systemUTC()).rows(new AuthorisationFilter("renamed", null, null, null), 0, 10)).stream()
                .map(AuthorisationRow::holderName).toList());
    }

    @Test
    void a_file_with_one_bad_row_imports_nothing_and_leaves_the_stored_employees_unchanged() {
        Staff.store(db);
        List<EmployeeRow> before = rows(all(), 0, 100);
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> importFile(HEADER
                + "E200010,Renamed Officer,e200010@dss.gov.au,FAM,Families Group,CONTRACTOR,yes\n"
                + "N1,New Person,new.person@dss.gov.au,FAM,Families Group,SECONDEE,no\n"
                + "N2,Bad Email,bad@example.com,FAM,Families Group,ONGOING,no\n"));
        assertEquals(ImportReport.Result.REJECTED, rejected.report().result());
        assertEquals(List.of(4L), rejected.report().problems().stream().map(RowProblem::line).toList());
        assertEquals(before, rows(all(), 0, 100));
    }

    @Test
    void a_work_email_held_by_another_stored_employee_is_rejected_and_nothing_is_imported() {
        Staff.store(db);
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> importFile(HEADER
                + "N1,New Person,new.person@dss.gov.au,FAM,Families Group,SECONDEE,no\n"
                + "N2,Copycat,e100001@dss.gov.au,CMB,Communication and Media Branch,ONGOING,no\n"));
        assertEquals(new RowProblem(3, "work_email", RowProblem.Reason.EMAIL_TAKEN, "E100001",
                "e100001@dss.gov.au"), rejected.report().problems().get(0));
        assertEquals(7, count(all()));
    }

    @Test
    void a_stored_business_area_cannot_be_renamed_by_an_import() {
        Staff.store(db);
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> importFile(HEADER
                + "N1,New Person,new.person@dss.gov.au,FAM,Family Group,SECONDEE,no\n"));
        assertEquals(RowProblem.Reason.AREA_NAME_DIFFERS, rejected.report().problems().get(0).reason());
    }

    @Test
    void fifty_thousand_rows_are_imported_in_one_transaction_then_found_unchanged() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 50_000; i++) {
            file.append("P").append(i).append(",Person ").append(i).append(",person.").append(i)
                    .append("@dss.gov.au,").append(i % 2 == 0 ? "FAM,Families Group" : "HOU,Housing Group")
                    .append(',').append(EmploymentType.values()[i % 4]).append(',').append(i % 10 == 0).append('\n');
        }
        long start = System.nanoTime();
        ImportReport first = importFile(file.toString());
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new ImportCounts(50_000, 0, 0), first.counts());

        start = System.nanoTime();
        ImportReport again = importFile(file.toString());
        long againMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new ImportCounts(0, 0, 50_000), again.counts());

        start = System.nanoTime();
        ImportReport changed = importFile(file.toString().replace(",Person ", ",Renamed Person "));
        long changedMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(new ImportCounts(0, 50_000, 0), changed.counts());
        assertEquals(50_000, counted(""));
        assertEquals(25_000, counted(" WHERE e.business_area = ?", "HOU"));
        assertEquals(50_000, counted(" WHERE e.name LIKE ?", "Renamed Person%"));
        assertEquals(new ListCount(ListCount.LIMIT, true), db.inTransaction(em -> new JpaEmployeeListing(em)
                .count(new EmployeeFilter("renamed", null, null, null))), "the list counts no further than its limit");
        System.out.printf("50,000-row employee import on %s: %d ms all new, %d ms all unchanged, %d ms all updated%n",
                System.getenv("DB_URL") == null ? "H2" : "PostgreSQL", firstMillis, againMillis, changedMillis);
    }
}
