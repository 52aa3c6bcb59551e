package au.gov.dss.socialmedia.admin.user.web;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.user.application.NewUser;
import au.gov.dss.socialmedia.admin.user.application.OneTimePassword;
import au.gov.dss.socialmedia.admin.user.application.UserCommands;
import au.gov.dss.socialmedia.admin.user.application.UserFilter;
import au.gov.dss.socialmedia.admin.user.application.UserQueries;
import au.gov.dss.socialmedia.admin.user.application.UserRow;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.CsvExport;
import au.gov.dss.socialmedia.admin.web.Formats;
import au.gov.dss.socialmedia.admin.web.LazyList;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The users list (CMB administrators): filtered by text and role (from the address too), paged and sorted in the
 * database, each user linking to their page; exported as filtered; a user is created for an employee in a dialog
 * ({@code ?employee=} opens it for an employee), and their page then shows the one-time password, once.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    UserCommands commands;

    @Inject
    Formats fmt;

    @Inject
    Clock clock;

    private final PickLabels labels = new PickLabels();
    private LazyList<UserFilter, UserRow> model;
    private String text;
    private String role;
    private String sort;
    private String order;
    private String username;
    private String employee;
    private List<String> rolesToGive = new ArrayList<>();

    @PostConstruct
    void init() {
        model = new LazyList<>(queries, this::filter, UserRow::username);
    }

    private UserFilter filter(Sort clicked) {
        return new UserFilter(text, role, clicked != null ? clicked : Sort.of(sort, order, Sort.by("username")));
    }

    /** Applies the filter: the list shows its first page, and the address names the filter. */
    public void apply() {
        Pages.resetList("list:table");
        Pages.showInAddress(Pages.params("q", text, "role", role, "sort", sort, "order", order));
    }

    /** Creates the user; their page shows the one-time password, once. */
    public String create() {
        return CommandFeedback.run("createForm", () -> commands.create(new NewUser(username, employee, rolesToGive)))
                .map(issued -> {
                    show(issued);
                    Messages.info("users.created", issued.username());
                    return Pages.to("/app/user", issued.username());
                }).orElse(null);
    }

    /** Hands a one-time password to the next page only (the flash), never to the session or the log. */
    static void show(OneTimePassword issued) {
        Pages.external().getFlash().put("oneTimePassword", issued.password());
    }

    /** The users matching the filter, as a CSV file. */
    public StreamedContent export() {
        List<UserRow> rows = CommandFeedback.run("filter", () -> queries.export(filter(null))).orElse(null);
        if (rows == null) {
            return null;
        }
        return CsvExport.file(Pages.exportName("users", clock), List.of(Messages.text("users.username"),
                        Messages.text("users.employeeName"), Messages.text("users.employeeId"),
                        Messages.text("users.businessArea"), Messages.text("users.roles"),
                        Messages.text("users.enabled")), rows,
                row -> List.of(row.username(), row.employeeName(), row.employeeId(), row.businessArea(),
                        row.roles().stream().map(r -> fmt.code("role", r)).collect(Collectors.joining("; ")),
                        row.enabled() ? Messages.text("list.yes") : Messages.text("list.no")));
    }

    /** The employees without a user matching what the user typed (their labels are remembered). */
    public List<String> completeEmployee(String typed) {
        return labels.offer(queries.employeesWithoutUser(typed));
    }

    /** How the form shows a chosen employee. */
    public String employeeLabel(String employeeNumber) {
        return labels.of(employeeNumber, queries::employeeLabel);
    }

    /** Whether the create dialog opens with the page (an employee was named in the address). */
    public boolean isCreateOpen() {
        return employee != null && !employee.isBlank();
    }

    /** The rows, loaded page by page from the database. */
    public LazyList<UserFilter, UserRow> getModel() {
        return model;
    }

    /** The roles, by name. */
    public List<String> getRoleNames() {
        return queries.roleNames();
    }

    /** @return the text filtered by */
    public String getText() {
        return text;
    }

    /** @param text the text to filter by */
    public void setText(String text) {
        this.text = text;
    }

    /** @return the role filtered by */
    public String getRole() {
        return role;
    }

    /** @param role the role to filter by */
    public void setRole(String role) {
        this.role = role;
    }

    /** @return the column sorted by when none was clicked */
    public String getSort() {
        return sort;
    }

    /** @param sort the column */
    public void setSort(String sort) {
        this.sort = sort;
    }

    /** @return "desc" to sort descending */
    public String getOrder() {
        return order;
    }

    /** @param order the order */
    public void setOrder(String order) {
        this.order = order;
    }

    /** @return the new user's name */
    public String getUsername() {
        return username;
    }

    /** @param username the new user's name */
    public void setUsername(String username) {
        this.username = username;
    }

    /** @return the new user's employee number */
    public String getEmployee() {
        return employee;
    }

    /** @param employee the new user's employee number */
    public void setEmployee(String employee) {
        this.employee = employee;
    }

    /** @return the roles to give */
    public List<String> getRolesToGive() {
        return rolesToGive;
    }

    /** @param rolesToGive the roles to give */
    public void setRolesToGive(List<String> rolesToGive) {
        this.rolesToGive = rolesToGive;
    }
}
