package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The import of the employee directory from a CSV file, as one transaction: every row is checked first; if any is
 * rejected nothing is written, otherwise every employee is added or updated together. Run on a worker thread by
 * {@link EmployeeImports#start}, for the actor captured in the request, through the {@link CommandRunner} (which
 * checks the role again and audits the outcome).
 */
@ApplicationScoped
public class EmployeeImport {

    private EmployeeImportStore store;
    private CommandRunner commands;

    /** For CDI's proxies. */
    protected EmployeeImport() {
    }

    /** The import through the store, checked and audited by the runner. */
    @Inject
    public EmployeeImport(EmployeeImportStore store, CommandRunner commands) {
        this.store = store;
        this.commands = commands;
    }

    /**
     * Imports the file for the actor.
     *
     * @return the report of what was imported
     * @throws ImportRejectedException when the file is rejected (its report says why; nothing was imported)
     */
    @Transactional
    public ImportReport run(Actor actor, String fileName, byte[] content, ImportProgress progress) {
        return commands.run(actor, ProtectedAction.EMPLOYEE_IMPORT, subject(fileName), () -> {
            ImportReport report = importFile(store, fileName, content, progress);
            ImportCounts counts = report.counts();
            return Done.returning(report, "Imported " + fileName + ": " + report.rows() + " rows, " + counts.added()
                    + " added, " + counts.updated() + " updated, " + counts.unchanged() + " unchanged");
        });
    }

    /** What an import acts on: the directory, named by the file. */
    static Subject subject(String fileName) {
        return Subject.of(SubjectKind.DIRECTORY, "", "the employee directory, from " + fileName);
    }

    /**
     * Checks the file and, when every row is valid, saves it through the store, in the caller's transaction.
     *
     * @throws ImportRejectedException when the file is rejected (before anything is saved)
     */
    public static ImportReport importFile(EmployeeImportStore store, String fileName, byte[] content,
                                          ImportProgress progress) {
        String text = EmployeeFile.decode(fileName, content);
        EmployeeFile.Checked checked = EmployeeFile.check(text, store, progress);
        if (!checked.problems().isEmpty()) {
            throw new ImportRejectedException(ImportReport.rejected(checked.rows(), checked.rejectedRows(),
                    checked.problems()));
        }
        int total = checked.employees().size();
        progress.advance(ImportProgress.Phase.SAVING, 0, total);
        ImportCounts counts = store.save(checked.employees(),
                saved -> progress.advance(ImportProgress.Phase.SAVING, saved, total));
        return ImportReport.imported(checked.rows(), counts);
    }
}
