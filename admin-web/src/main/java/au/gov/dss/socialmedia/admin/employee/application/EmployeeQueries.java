package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.listing.ListQueries;
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
public class EmployeeQueries extends ListQueries<EmployeeFilter, EmployeeRow> {

    private static final long serialVersionUID = 1L;

    private transient EmployeeListing listing;
    private transient EmployeeLookup lookup;
    private transient History history;

    /** For CDI's proxies. */
    protected EmployeeQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public EmployeeQueries(EmployeeListing listing, EmployeeLookup lookup, History history, CommandRunner commands) {
        super(listing, commands, ProtectedAction.EMPLOYEE_EXPORT, "employees");
        this.listing = listing;
        this.lookup = lookup;
        this.history = history;
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
