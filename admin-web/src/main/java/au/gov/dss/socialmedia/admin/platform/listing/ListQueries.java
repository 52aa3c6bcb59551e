package au.gov.dss.socialmedia.admin.platform.listing;

import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import java.util.List;

/**
 * The queries of a feature whose pages show a list: the list is read through its port, paged and counted no
 * further than the limit, and exported as filtered, as a command (the role is checked and the export audited, for
 * it takes data out of the app).
 *
 * @param <F> the list's filter
 * @param <R> a row
 */
public abstract class ListQueries<F, R> implements ListSource<F, R> {

    private static final long serialVersionUID = 1L;

    private transient ListSource<F, R> listing;
    private transient CommandRunner commands;
    private ProtectedAction exportAction;
    private String rowsName;

    /** For CDI's proxies. */
    protected ListQueries() {
    }

    /**
     * Queries over a list.
     *
     * @param listing the list's port
     * @param commands runs the export
     * @param exportAction the action an export is, with the roles that may take it
     * @param rowsName what the rows are, for the audit trail ("accounts")
     */
    protected ListQueries(ListSource<F, R> listing, CommandRunner commands, ProtectedAction exportAction,
                          String rowsName) {
        this.listing = listing;
        this.commands = commands;
        this.exportAction = exportAction;
        this.rowsName = rowsName;
    }

    @Override
    public ListCount count(F filter) {
        return listing.count(filter);
    }

    @Override
    public List<R> rows(F filter, int first, int size) {
        return listing.rows(filter, first, size);
    }

    /** Every row matching the filter (at most {@link ListSource#EXPORT_LIMIT}), for an export: checked, audited. */
    public List<R> export(F filter) {
        return commands.run(exportAction, Subject.none(rowsName), () -> {
            List<R> rows = all(filter);
            return Done.returning(rows, "Exported " + rows.size() + " " + rowsName);
        });
    }

    /** The runner of the feature's commands and audited reads. */
    protected CommandRunner commands() {
        return commands;
    }
}
