package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.platform.command.Subject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.security.AppRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The import as a command: checked against the actor captured in the request, and audited however it ends. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EmployeeImportCommandTest {

    private static final String HEADER =
            "employee_number,name,work_email,business_area_code,business_area_name,employment_type,on_leave\n";

    /** The audit trail, in memory: one line per entry. */
    static final class Audit extends AuditTrail {
        final List<String> entries = new ArrayList<>();

        Audit() {
            super(null, null);
        }

        @Override
        public void done(Actor actor, String action, Subject subject, String detail) {
            entries.add(actor.username() + " " + action + " " + subject.label() + " DONE " + detail);
        }

        @Override
        public void rejected(Actor actor, String action, Subject subject, Outcome outcome, String detail) {
            entries.add(actor.username() + " " + action + " " + subject.label() + " " + outcome + " " + detail);
        }
    }

    private final Audit audit = new Audit();
    private final EmployeeFileTest.Directory directory = new EmployeeFileTest.Directory();
    private final EmployeeImport importer = new EmployeeImport(directory, new CommandRunner(null, audit, () -> {
    }));

    private ImportReport run(Actor actor, String text) {
        return importer.run(actor, "staff.csv", text.getBytes(StandardCharsets.UTF_8), new ImportProgress());
    }

    @Test
    void an_administrator_captured_in_the_request_imports_and_the_import_is_audited_as_theirs() {
        ImportReport report = run(new Actor("alex", "Alex Nguyen", Set.of(AppRole.CMB_ADMINISTRATOR)),
                HEADER + "F1,Jane,jane@dss.gov.au,FAM,Families Group,ONGOING,no\n");
        assertTrue(report.imported());
        assertEquals(1, directory.saved.size());
        assertEquals(List.of("alex employee.import the employee directory, from staff.csv DONE Imported staff.csv: 1 rows, 1 added, 0 updated, 0 unchanged"),
                audit.entries);
    }

    @Test
    void only_cmb_administrators_may_import_and_a_refusal_is_audited() {
        Actor contributor = new Actor("jordan", "Jordan Lee", Set.of(AppRole.AUTHORISED_CONTRIBUTOR, AppRole.AUDITOR));
        assertThrows(NotPermittedException.class, () -> run(contributor,
                HEADER + "F1,Jane,jane@dss.gov.au,FAM,Families Group,ONGOING,no\n"));
        assertEquals(List.of(), directory.saved);
        assertEquals(List.of("jordan employee.import the employee directory, from staff.csv REFUSED your role does not allow this action"), audit.entries);
        assertEquals(Set.of(AppRole.CMB_ADMINISTRATOR), ProtectedAction.EMPLOYEE_IMPORT.roles());
    }

    @Test
    void a_rejected_file_is_audited_as_invalid_input_and_nothing_is_saved() {
        ImportRejectedException rejected = assertThrows(ImportRejectedException.class, () -> run(
                new Actor("alex", "Alex Nguyen", Set.of(AppRole.CMB_ADMINISTRATOR)), HEADER
                        + "F1,Jane,jane@dss.gov.au,FAM,Families Group,ONGOING,no\n"
                        + "F2,Sam,sam@example.com,FAM,Families Group,ONGOING,no\n"));
        assertEquals(1, rejected.report().rejectedRows());
        assertEquals(List.of(), directory.saved);
        assertEquals(List.of("alex employee.import the employee directory, from staff.csv INVALID 1 of 2 lines rejected"
                + " (1 problems); nothing"
                + " imported"), audit.entries);
    }
}
