package au.gov.dss.socialmedia.admin.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The use cases of the employee directory: the list, which every role may read, and the import from a CSV file
 * (CMB administrators only), which runs in the background so that a page can show its progress.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EmployeeService {

    private static final Logger LOG = Logger.getLogger(EmployeeService.class.getName());

    @Inject
    EmployeeListing listing;

    @Inject
    ReferenceData referenceData;

    @Inject
    CommandRunner commands;

    @Inject
    EmployeeImport importer;

    /** The server's managed executor (seen as a plain executor, so that a test can run the import in line). */
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    Executor executor;

    /** How many employees match the filter. */
    public long count(EmployeeFilter filter) {
        return listing.count(filter);
    }

    /** One page of the directory. */
    public List<EmployeeRow> rows(EmployeeFilter filter, int first, int size) {
        return listing.rows(filter, first, size);
    }

    /** The business areas to filter by. */
    public List<Option> businessAreas() {
        return referenceData.businessAreas();
    }

    /**
     * Starts importing the file on the server's managed executor and returns its progress at once. The user and
     * their roles are captured here, in the request; a user whose role does not allow imports is refused here (and
     * audited), before anything starts.
     *
     * @throws NotPermittedException when the user's role does not allow imports
     */
    public ImportProgress startImport(String fileName, byte[] content) {
        Actor actor = commands.actor();
        commands.permit(actor, ProtectedAction.EMPLOYEE_IMPORT, fileName);
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
