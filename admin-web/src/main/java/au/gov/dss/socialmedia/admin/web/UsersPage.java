package au.gov.dss.socialmedia.admin.web;

import au.gov.dss.socialmedia.admin.application.ListCount;
import au.gov.dss.socialmedia.admin.application.NewUser;
import au.gov.dss.socialmedia.admin.application.OneTimePassword;
import au.gov.dss.socialmedia.admin.application.Option;
import au.gov.dss.socialmedia.admin.application.UserAdministration;
import au.gov.dss.socialmedia.admin.application.UserFilter;
import au.gov.dss.socialmedia.admin.application.UserRow;
import au.gov.dss.socialmedia.admin.web.support.CommandFeedback;
import au.gov.dss.socialmedia.admin.web.support.Messages;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The users page (CMB administrators): the lazy list, the form that creates a user for an employee, and changing
 * roles, disabling, enabling and resetting passwords. A one-time password is shown once, until the next action.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    private final LazyDataModel<UserRow> model = new UserModel();
    private final EmployeeConverter employeeConverter = new EmployeeConverter();
    private final Map<String, Option> suggested = new HashMap<>();
    private String text;
    private String role;
    private boolean moreThanCounted;

    private String username;
    private Option employee;
    private List<String> rolesToGive = new ArrayList<>();

    private String selectedUsername;
    private long selectedVersion;
    private List<String> selectedRoles = new ArrayList<>();

    private OneTimePassword issued;
    private List<String> roleNames;

    /** The rows, loaded page by page from the database. */
    public LazyDataModel<UserRow> getModel() {
        return model;
    }

    /** Creates the user in the form and shows their one-time password. */
    public void create() {
        issued = null;
        OneTimePassword[] created = new OneTimePassword[1];
        if (CommandFeedback.attempt(() -> created[0] = users.create(new NewUser(username,
                employee == null ? null : employee.value(), rolesToGive)))) {
            issued = created[0];
            Messages.info("users.created", created[0].username());
            username = null;
            employee = null;
            rolesToGive = new ArrayList<>();
        }
    }

    /** Employees without a user matching what was typed. */
    public List<Option> completeEmployee(String query) {
        List<Option> found = users.employeesWithoutUser(query);
        found.forEach(option -> suggested.put(option.value(), option));
        return found;
    }

    /** Remembers the row the roles dialog is about. */
    public void select(UserRow row) {
        issued = null;
        selectedUsername = row.username();
        selectedVersion = row.version();
        selectedRoles = new ArrayList<>(row.roles());
    }

    /** Gives the selected user the roles ticked in the dialog. */
    public void changeRoles() {
        if (CommandFeedback.attempt(() -> users.changeRoles(selectedUsername, selectedVersion, selectedRoles))) {
            Messages.info("users.rolesChanged", selectedUsername);
        }
    }

    /** Disables the row's user. */
    public void disable(UserRow row) {
        issued = null;
        if (CommandFeedback.attempt(() -> users.disable(row.username(), row.version()))) {
            Messages.info("users.disabled", row.username());
        }
    }

    /** Enables the row's user again. */
    public void enable(UserRow row) {
        issued = null;
        if (CommandFeedback.attempt(() -> users.enable(row.username(), row.version()))) {
            Messages.info("users.reenabled", row.username());
        }
    }

    /** Resets the row's user's password and shows the new one-time password. */
    public void resetPassword(UserRow row) {
        issued = null;
        OneTimePassword[] reset = new OneTimePassword[1];
        if (CommandFeedback.attempt(() -> reset[0] = users.resetPassword(row.username(), row.version()))) {
            issued = reset[0];
            Messages.info("users.passwordReset", row.username());
        }
    }

    /** The roles to choose from, by name (read once per view). */
    public List<String> getRoleNames() {
        if (roleNames == null) {
            roleNames = users.roleNames();
        }
        return roleNames;
    }

    /** Whether more users match than the list counts exactly (the page report says so). */
    public boolean isMoreThanCounted() {
        return moreThanCounted;
    }

    /** The one-time password just issued, or null. */
    public OneTimePassword getIssued() {
        return issued;
    }

    /** Converts the chosen employee to and from the employee number the browser sends. */
    public Converter<Option> getEmployeeConverter() {
        return employeeConverter;
    }

    private final class EmployeeConverter implements Converter<Option>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public Option getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return suggested.getOrDefault(value, new Option(value, value));
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Option value) {
            return value == null ? "" : value.value();
        }
    }

    private final class UserModel extends LazyDataModel<UserRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ListCount counted = users.count(filter(Map.of()));
            moreThanCounted = counted.more();
            return (int) counted.rows();
        }

        @Override
        public List<UserRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
            return users.rows(filter(sortBy), first, pageSize);
        }

        @Override
        public String getRowKey(UserRow row) {
            return row.username();
        }

        private UserFilter filter(Map<String, SortMeta> sortBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return new UserFilter(text, role, sort == null ? "username" : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }
    }

    /** Text to filter by. @return the text */
    public String getText() {
        return text;
    }

    /** Sets the text to filter by. @param text the text */
    public void setText(String text) {
        this.text = text;
    }

    /** The role to filter by. @return the role's name */
    public String getRole() {
        return role;
    }

    /** Sets the role to filter by. @param role the role's name */
    public void setRole(String role) {
        this.role = role;
    }

    /** The new user's name. @return it */
    public String getUsername() {
        return username;
    }

    /** Sets the new user's name. @param username it */
    public void setUsername(String username) {
        this.username = username;
    }

    /** The employee the new user is. @return it */
    public Option getEmployee() {
        return employee;
    }

    /** Sets the employee the new user is. @param employee it */
    public void setEmployee(Option employee) {
        this.employee = employee;
    }

    /** The roles to give the new user. @return their names */
    public List<String> getRolesToGive() {
        return rolesToGive;
    }

    /** Sets the roles to give the new user. @param rolesToGive their names */
    public void setRolesToGive(List<String> rolesToGive) {
        this.rolesToGive = rolesToGive;
    }

    /** The user the roles dialog is about. @return the user name */
    public String getSelectedUsername() {
        return selectedUsername;
    }

    /** The roles ticked in the dialog. @return their names */
    public List<String> getSelectedRoles() {
        return selectedRoles;
    }

    /** Sets the roles ticked in the dialog. @param selectedRoles their names */
    public void setSelectedRoles(List<String> selectedRoles) {
        this.selectedRoles = selectedRoles;
    }
}
