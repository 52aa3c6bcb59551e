package au.gov.dss.socialmedia.admin.user.web;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.user.application.NewUser;
import au.gov.dss.socialmedia.admin.user.application.OneTimePassword;
import au.gov.dss.socialmedia.admin.user.application.UserCommands;
import au.gov.dss.socialmedia.admin.user.application.UserFilter;
import au.gov.dss.socialmedia.admin.user.application.UserQueries;
import au.gov.dss.socialmedia.admin.user.application.UserRow;
import au.gov.dss.socialmedia.admin.web.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.ListPage;
import au.gov.dss.socialmedia.admin.web.Messages;
import au.gov.dss.socialmedia.admin.web.Pages;
import au.gov.dss.socialmedia.admin.web.PickLabels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
public class UsersPage extends ListPage<UserFilter, UserRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    UserQueries queries;

    @Inject
    UserCommands commands;

    private final PickLabels labels = new PickLabels();
    private String username;
    private String employee;
    private List<String> rolesToGive = new ArrayList<>();

    @PostConstruct
    void init() {
        show(queries, Sort.by("username"), order -> new UserFilter(part("q"), part("role"), order));
    }

    /** Creates the user; their page shows the one-time password, once. */
    public String create() {
        return CommandFeedback.run("createForm", () -> commands.create(new NewUser(username, employee, rolesToGive)))
                .map(issued -> {
                    handOver(issued);
                    Messages.info("users.created", issued.username());
                    return Pages.to("/app/user", issued.username());
                }).orElse(null);
    }

    /** Hands a one-time password to the next page only (the flash), never to the session or the log. */
    static void handOver(OneTimePassword issued) {
        Pages.external().getFlash().put("oneTimePassword", issued.password());
    }

    /** The users matching the filter, as a CSV file. */
    public StreamedContent export() {
        return csv("users", queries::export, List.of(
                        "users.username", "users.employeeName", "users.employeeId", "users.businessArea",
                        "users.roles", "users.enabled"),
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

    /** The roles, by name. */
    public List<String> getRoleNames() {
        return queries.roleNames();
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
