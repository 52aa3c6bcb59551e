package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.listing.ListQueries;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.NotPermittedException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the pages read of the users of the app: the list (paged and filtered in the database, exported as
 * filtered), a user's page, and the employees a new user may be for. CMB administrators only, checked here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UserQueries extends ListQueries<UserFilter, UserRow> {

    private static final long serialVersionUID = 1L;

    /** The most employees the employee search suggests. */
    public static final int SUGGESTIONS = 15;

    private transient UserListing listing;
    private transient History history;
    private transient EmployeeLookup employees;
    private transient CurrentUser user;

    /** For CDI's proxies. */
    protected UserQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public UserQueries(UserListing listing, History history, EmployeeLookup employees, CurrentUser user,
                       CommandRunner commands) {
        super(listing, commands, ProtectedAction.USER_EXPORT, "users");
        this.listing = listing;
        this.history = history;
        this.employees = employees;
        this.user = user;
    }

    @Override
    public ListCount count(UserFilter filter) {
        requireAdministrator();
        return listing.count(filter);
    }

    @Override
    public List<UserRow> rows(UserFilter filter, int first, int size) {
        requireAdministrator();
        return listing.rows(filter, first, size);
    }

    /** The user's page, if there is such a user. */
    public Optional<UserDetail> detail(String username) {
        requireAdministrator();
        return listing.find(username).map(row -> new UserDetail(row, history.of(SubjectKind.USER, row.username())));
    }

    /** Employees without a user whose name or number contains the text (a few, for the search as one types). */
    public List<Option> employeesWithoutUser(String text) {
        requireAdministrator();
        return text == null || text.isBlank() ? List.of() : listing.employeesWithoutUser(text.strip(), SUGGESTIONS);
    }

    /** How the form shows a chosen employee. */
    public String employeeLabel(String employeeNumber) {
        return employees.label(employeeNumber).orElse(String.valueOf(employeeNumber));
    }

    /** The roles a user can hold, by name, in their usual order. */
    public List<String> roleNames() {
        return Arrays.stream(AppRole.values()).map(AppRole::name).toList();
    }

    private void requireAdministrator() {
        if (!user.hasRole(AppRole.CMB_ADMINISTRATOR)) {
            throw new NotPermittedException("user administration");
        }
    }
}
