package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starting an import of the employee directory from a CSV file (CMB administrators only): it runs in the background,
 * on the server's managed executor, so that a page can show its progress.
 */
@ApplicationScoped
public class EmployeeImports {

    private static final Logger LOG = Logger.getLogger(EmployeeImports.class.getName());

    private CommandRunner commands;
    private EmployeeImport importer;

    /** The server's managed executor (seen as a plain executor, so that a test can run the import in line). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private Executor executor;

    /** For CDI's proxies. */
    protected EmployeeImports() {
    }

    /** Imports run by the importer on the executor (a plain executor, so that a test can run them in line). */
    public EmployeeImports(CommandRunner commands, EmployeeImport importer, Executor executor) {
        this.commands = commands;
        this.importer = importer;
        this.executor = executor;
    }

    /** Imports run on the server's managed executor (injected into the field). */
    @Inject
    public EmployeeImports(CommandRunner commands, EmployeeImport importer) {
        this.commands = commands;
        this.importer = importer;
    }

    /**
     * Starts importing the file and returns its progress at once. The user and their roles are captured here, in
     * the request; a user whose role does not allow imports is refused here (and audited), before anything starts.
     *
     * @throws au.gov.dss.socialmedia.admin.platform.command.NotPermittedException when the role does not allow it
     */
    public ImportProgress start(String fileName, byte[] content) {
        Actor actor = commands.actor();
        commands.permit(actor, ProtectedAction.EMPLOYEE_IMPORT, EmployeeImport.subject(fileName));
        ImportProgress progress = new ImportProgress();
        executor.execute(() -> {
            try {
                progress.finish(importer.run(actor, fileName, content, progress));
            } catch (ImportRejectedException rejected) {
                progress.finish(rejected.report());
            } catch (RuntimeException failure) {
                String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                LOG.log(Level.SEVERE, failure, () -> "import of " + fileName + " by " + actor.username()
                        + " failed; reference " + reference);
                progress.finish(ImportReport.failed(reference));
            }
        });
        return progress;
    }
}
