package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the pages read of the employee directory: the list (paged and filtered in the database, exported as
 * filtered), which every role may read, and an employee's page.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EmployeeQueries implements ListSource<EmployeeFilter, EmployeeRow> {

    private static final long serialVersionUID = 1L;

    private transient EmployeeListing listing;
    private transient EmployeeLookup lookup;
    private transient History history;
    private transient CommandRunner commands;

    /** For CDI's proxies. */
    protected EmployeeQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public EmployeeQueries(EmployeeListing listing, EmployeeLookup lookup, History history, CommandRunner commands) {
        this.listing = listing;
        this.lookup = lookup;
        this.history = history;
        this.commands = commands;
    }

    @Override
    public ListCount count(EmployeeFilter filter) {
        return listing.count(filter);
    }

    @Override
    public List<EmployeeRow> rows(EmployeeFilter filter, int first, int size) {
        return listing.rows(filter, first, size);
    }

    /** Every employee matching the filter (at most {@link ListSource#EXPORT_LIMIT}), for an export; audited. */
    public List<EmployeeRow> export(EmployeeFilter filter) {
        return commands.run(ProtectedAction.EMPLOYEE_EXPORT, Subject.none("the employee directory"), () -> {
            List<EmployeeRow> rows = all(filter);
            return Done.returning(rows, "Exported " + rows.size() + " employees");
        });
    }

    /** The employee's page, if they are in the directory. */
    public Optional<EmployeeDetail> detail(String employeeNumber) {
        return listing.find(employeeNumber).map(row -> new EmployeeDetail(row,
                listing.userOf(row.id()).orElse(null), history.of(SubjectKind.EMPLOYEE, row.id())));
    }

    /** The business areas to filter by. */
    public List<Option> businessAreas() {
        return lookup.businessAreas();
    }

    /** The employment types to filter by. */
    public List<String> employmentTypes() {
        return Arrays.stream(EmploymentType.values()).map(Enum::name).toList();
    }
}
