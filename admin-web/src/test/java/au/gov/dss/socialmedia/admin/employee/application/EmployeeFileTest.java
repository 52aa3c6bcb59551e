package au.gov.dss.socialmedia.admin.employee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.employee.application.RowProblem.Reason;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmployeeFileTest {

    private static final String HEADER =
            "employee_number,name,work_email,business_area_code,business_area_name,employment_type,on_leave\n";

    /** An in-memory directory: stored business areas and who holds which work email. */
    static final class Directory implements EmployeeImportStore {
        final Map<String, String> areas = new HashMap<>(Map.of("CMB", "Communication and Media Branch"));
        final Map<String, String> holders = new HashMap<>();
        final List<Employee> saved = new ArrayList<>();

        @Override
        public Map<String, String> businessAreaNames() {
            return areas;
        }

        @Override
        public Map<String, String> holdersOf(Collection<String> workEmails) {
            Map<String, String> found = new HashMap<>();
            workEmails.stream().filter(holders::containsKey).forEach(e -> found.put(e, holders.get(e)));
            return found;
        }

        @Override
        public ImportCounts save(List<Employee> employees, IntConsumer done) {
            saved.addAll(employees);
            done.accept(employees.size());
            return new ImportCounts(employees.size(), 0, 0);
        }
    }

    private final Directory directory = new Directory();

    private EmployeeFile.Checked check(String text) {
        return EmployeeFile.check(text, directory, new ImportProgress());
    }

    private static String row(String number, String name, String email, String type, String onLeave) {
        return number + "," + name + "," + email + ",FAM,Families Group," + type + "," + onLeave + "\n";
    }

    private static RowProblem only(EmployeeFile.Checked checked) {
        assertEquals(1, checked.problems().size(), checked.problems().toString());
        assertEquals(List.of(), checked.employees(), "nothing is imported when a row is rejected");
        return checked.problems().get(0);
    }

    @Test
    void a_valid_file_gives_every_employee_through_the_domain_types() {
        EmployeeFile.Checked checked = check(HEADER + row("F1", "Jane Citizen", "Jane.Citizen@DSS.gov.au",
                "ONGOING", "no") + row("F2", "\"Lee, Sam\"", "sam.lee@dss.gov.au", "contractor", "Yes"));
        assertEquals(List.of(), checked.problems());
        assertEquals(2, checked.rows());
        Employee jane = checked.employees().get(0);
        assertEquals("jane.citizen@dss.gov.au", jane.workEmail().value());
        assertEquals("Families Group", jane.businessArea().name());
        assertEquals(EmploymentType.ONGOING, jane.employmentType());
        assertEquals("Lee, Sam", checked.employees().get(1).name());
        assertTrue(checked.employees().get(1).onLeave());
    }

    @Test
    void the_columns_may_come_in_any_order_and_case() {
        EmployeeFile.Checked checked = check("On_Leave, NAME ,employee_number,work_email,employment_type,"
                + "business_area_name,business_area_code\nfalse,Jane Citizen,F1,jane@dss.gov.au,SECONDEE,Families Group,FAM\n");
        assertEquals(List.of(), checked.problems());
        assertEquals("F1", checked.employees().get(0).id().value());
        assertEquals(EmploymentType.SECONDEE, checked.employees().get(0).employmentType());
    }

    @Test
    void a_byte_order_mark_before_the_header_is_tolerated() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")).getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(text, 0, content, 3, text.length);
        assertEquals(List.of(), check(EmployeeFile.decode("staff.csv", content)).problems());
    }

    @Test
    void missing_and_unknown_header_columns_are_each_named() {
        EmployeeFile.Checked checked = check("employee_number,name,email,business_area_code,business_area_name,"
                + "employment_type,on_leave,employment_type\nF1,Jane,jane@dss.gov.au,FAM,Families,ONGOING,no,ONGOING\n");
        assertEquals(List.of(
                        new RowProblem(1, "email", Reason.UNKNOWN_COLUMN, "", "email"),
                        new RowProblem(1, "employment_type", Reason.REPEATED_COLUMN, "", "employment_type"),
                        new RowProblem(1, "work_email", Reason.MISSING_COLUMN, "", "")),
                checked.problems());
        assertEquals(List.of(), checked.employees());
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_rejected() {
        RowProblem problem = only(check(HEADER + "F1,Jane,jane@dss.gov.au,FAM,Families Group,ONGOING\n"));
        assertEquals(2, problem.line());
        assertEquals(Reason.WRONG_FIELD_COUNT, problem.reason());
        assertEquals("6/7", problem.detail());
    }

    @Test
    void bad_quoting_is_rejected_on_its_line() {
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")
                + "F2,Tom \"Tommy\" O'Brien,tom@dss.gov.au,FAM,Families Group,ONGOING,no\n"));
        assertEquals(3, problem.line());
        assertEquals(Reason.QUOTE_INSIDE_UNQUOTED_FIELD, problem.reason());
    }

    @Test
    void a_bad_email_is_rejected_with_the_domains_reason_and_the_value() {
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@gmail.com", "ONGOING", "no")));
        assertEquals(new RowProblem(2, "work_email", Reason.INVALID_VALUE,
                "work email 'jane@gmail.com' must be an address @dss.gov.au", "jane@gmail.com"), problem);
    }

    @Test
    void an_unknown_employment_type_is_rejected_listing_the_types() {
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@dss.gov.au", "PART_TIME", "no")));
        assertEquals("employment_type", problem.column());
        assertEquals(Reason.UNKNOWN_EMPLOYMENT_TYPE, problem.reason());
        assertEquals("ONGOING, NON_ONGOING, SECONDEE, CONTRACTOR", problem.detail());
        assertEquals("PART_TIME", problem.value());
    }

    @Test
    void on_leave_must_be_true_false_yes_or_no() {
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "maybe")));
        assertEquals(new RowProblem(2, "on_leave", Reason.NOT_YES_OR_NO, "", "maybe"), problem);
    }

    @Test
    void a_blank_name_is_rejected_by_the_domain() {
        RowProblem problem = only(check(HEADER + row("F1", "  ", "jane@dss.gov.au", "ONGOING", "no")));
        assertEquals("name", problem.column());
        assertEquals("employee name must not be blank", problem.detail());
    }

    @Test
    void a_bad_employee_number_and_business_area_code_are_rejected_by_the_domain() {
        EmployeeFile.Checked checked = check(HEADER
                + "F 1,Jane,jane@dss.gov.au,fam,Families Group,ONGOING,no\n");
        assertEquals(List.of("employee_number", "business_area_code"),
                checked.problems().stream().map(RowProblem::column).toList());
        assertEquals(1, checked.rejectedRows(), "two problems on one line");
    }

    @Test
    void an_employee_number_twice_in_the_file_is_rejected_on_the_later_line() {
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")
                + row("F2", "Sam", "sam@dss.gov.au", "ONGOING", "no")
                + row("F1", "Jane Again", "jane.again@dss.gov.au", "ONGOING", "no")));
        assertEquals(new RowProblem(4, "employee_number", Reason.DUPLICATE_NUMBER, "2", "F1"), problem);
    }

    @Test
    void a_work_email_twice_in_the_file_is_rejected_whatever_its_case() {
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")
                + row("F2", "Jane Two", "JANE@dss.gov.au", "ONGOING", "no")));
        assertEquals(new RowProblem(3, "work_email", Reason.DUPLICATE_EMAIL, "2", "JANE@dss.gov.au"), problem);
    }

    @Test
    void a_work_email_held_by_another_employee_in_the_directory_is_rejected() {
        directory.holders.put("jane@dss.gov.au", "C1001");
        directory.holders.put("sam@dss.gov.au", "F2");
        RowProblem problem = only(check(HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")
                + row("F2", "Sam", "sam@dss.gov.au", "ONGOING", "no")));
        assertEquals(new RowProblem(2, "work_email", Reason.EMAIL_TAKEN, "C1001", "jane@dss.gov.au"), problem);
    }

    @Test
    void a_known_business_area_keeps_its_name_and_a_new_one_has_one_name_in_the_file() {
        EmployeeFile.Checked checked = check(HEADER
                + "C1,Ann,ann@dss.gov.au,CMB,Comms,ONGOING,no\n"
                + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")
                + "F2,Sam,sam@dss.gov.au,FAM,Families,ONGOING,no\n");
        assertEquals(List.of(
                new RowProblem(2, "business_area_name", Reason.AREA_NAME_DIFFERS, "Communication and Media Branch",
                        "Comms"),
                new RowProblem(4, "business_area_name", Reason.AREA_NAME_INCONSISTENT, "3", "Families")),
                checked.problems());
    }

    @Test
    void line_numbers_count_the_line_breaks_inside_quoted_names() {
        EmployeeFile.Checked checked = check(HEADER
                + "F1,\"Jane\nCitizen\",jane@dss.gov.au,FAM,Families Group,ONGOING,no\n"
                + "\"F2\",\"Sam\r\nTaylor\",sam@dss.gov.au,FAM,\"Families Group\",ONGOING,no\n"
                + row("F3", "Bad", "bad@example.com", "ONGOING", "no"));
        assertEquals(6, only(checked).line());
    }

    @Test
    void every_bad_row_is_reported_not_only_the_first() {
        EmployeeFile.Checked checked = check(HEADER + row("F1", "Jane", "jane@gmail.com", "ONGOING", "no")
                + row("F2", "Sam", "sam@dss.gov.au", "ONGOING", "no")
                + row("F3", "Kim", "kim@dss.gov.au", "WHATEVER", "no"));
        assertEquals(List.of(2L, 4L), checked.problems().stream().map(RowProblem::line).toList());
        assertEquals(2, checked.rejectedRows());
        assertEquals(List.of(), checked.employees());
    }

    @Test
    void an_empty_file_a_header_without_rows_a_file_not_named_csv_and_binary_content_are_refused() {
        assertEquals(ImportReport.Result.EMPTY, rejection("staff.csv", new byte[0]));
        assertEquals(ImportReport.Result.EMPTY, rejection("staff.csv", "\uFEFF \n\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportReport.Result.NOT_CSV, rejection("staff.xlsx", HEADER.getBytes(StandardCharsets.UTF_8)));
        assertEquals(ImportReport.Result.NOT_CSV, rejection("staff.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals(ImportReport.Result.NOT_CSV, rejection("staff.csv", new byte[] {'a', 0, 'b'}));
        assertEquals(ImportReport.Result.TOO_LARGE, rejection("staff.csv", new byte[EmployeeFile.SIZE_LIMIT + 1]));
        ImportRejectedException noRows = assertThrows(ImportRejectedException.class, () -> check(HEADER));
        assertEquals(ImportReport.Result.NO_ROWS, noRows.report().result());
    }

    private static ImportReport.Result rejection(String name, byte[] content) {
        return assertThrows(ImportRejectedException.class, () -> EmployeeFile.decode(name, content)).report().result();
    }

    @Test
    void an_import_saves_nothing_when_a_row_is_rejected_and_everything_when_none_is() {
        byte[] bad = (HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")
                + row("F2", "Sam", "sam@example.com", "ONGOING", "no")).getBytes(StandardCharsets.UTF_8);
        ImportProgress progress = new ImportProgress();
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class,
                () -> EmployeeImport.importFile(directory, "staff.csv", bad, progress));
        assertEquals(ImportReport.Result.REJECTED, rejected.report().result());
        assertEquals(1, rejected.report().rejectedRows());
        assertEquals(List.of(), directory.saved);

        byte[] good = (HEADER + row("F1", "Jane", "jane@dss.gov.au", "ONGOING", "no")).getBytes(StandardCharsets.UTF_8);
        ImportReport report = EmployeeImport.importFile(directory, "staff.csv", good, progress);
        assertTrue(report.imported());
        assertEquals(1, directory.saved.size());
        assertEquals(99, progress.percent(), "saving is done, the report is not handed over yet");
    }

    @Test
    void progress_moves_through_the_phases_and_reaches_100_only_when_finished() {
        ImportProgress progress = new ImportProgress();
        assertEquals(0, progress.percent());
        progress.advance(ImportProgress.Phase.READING, 50, 100);
        assertEquals(10, progress.percent());
        progress.advance(ImportProgress.Phase.CHECKING, 50, 100);
        assertEquals(35, progress.percent());
        progress.advance(ImportProgress.Phase.SAVING, 100, 100);
        assertEquals(99, progress.percent());
        progress.finish(ImportReport.failed("X"));
        assertEquals(100, progress.percent());
        assertTrue(progress.finished());
    }
}
