package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.admin.security.UserEntity;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The use cases of user administration: create a user for an employee, change their roles, disable, enable and
 * reset the password, and the list. CMB administrators only, checked on the server for every call; each change runs
 * through the {@link CommandRunner} (role check and audit trail, refusals included), carries the version the page
 * showed (a stale one is refused with a {@link ConcurrentChangeException}), and is checked against the rules of
 * user administration by the {@link UserStore}. One-time passwords are returned once and never audited.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    /** The most employees the employee search suggests. */
    public static final int SUGGESTIONS = 15;

    @Inject
    UserStore users;

    @Inject
    UserListing listing;

    @Inject
    EmployeeDirectory employees;

    @Inject
    PasswordHashing hashing;

    @Inject
    CurrentUser user;

    @Inject
    CommandRunner commands;

    /** Creates a user for an employee who has none; returns the one-time password to show once. */
    public OneTimePassword create(NewUser form) {
        String username = form.username() == null ? "" : form.username().strip();
        String password = PasswordHashing.oneTimePassword();
        commands.run(ProtectedAction.USER_CREATE, username, () -> {
            String employee = required("employee", form.employeeId());
            if (employees.find(EmployeeId.of(employee)).isEmpty()) {
                throw new UserChangeRefusedException(UserChangeRefusedException.Rule.EMPLOYEE_UNKNOWN, employee);
            }
            Set<AppRole> roles = roles(form.roles());
            users.register(username, employee, hashing.hash(password.toCharArray()), roles);
            return "created for employee " + employee + " with roles " + roles + "; one-time password issued";
        });
        return new OneTimePassword(username, password);
    }

    /** Gives the user exactly these roles. */
    public void changeRoles(String username, long version, Collection<String> roles) {
        commands.run(ProtectedAction.USER_CHANGE_ROLES, username, () -> {
            Set<AppRole> replacement = roles(roles);
            Set<AppRole> previous = EnumSet.noneOf(AppRole.class);
            previous.addAll(current(username, version).roles());
            users.changeRoles(actor(), username, replacement);
            return "roles " + previous + " -> " + replacement;
        });
    }

    /** Stops the user from logging in. */
    public void disable(String username, long version) {
        commands.run(ProtectedAction.USER_DISABLE, username, () -> {
            current(username, version);
            users.disable(actor(), username);
            return "disabled";
        });
    }

    /** Lets a disabled user log in again. */
    public void enable(String username, long version) {
        commands.run(ProtectedAction.USER_ENABLE, username, () -> {
            current(username, version);
            users.enable(username);
            return "enabled";
        });
    }

    /** Replaces the user's password by a one-time password to show once; it must be changed at the next login. */
    public OneTimePassword resetPassword(String username, long version) {
        String password = PasswordHashing.oneTimePassword();
        commands.run(ProtectedAction.USER_RESET_PASSWORD, username, () -> {
            current(username, version);
            users.resetPassword(username, hashing.hash(password.toCharArray()));
            return "password reset; one-time password issued";
        });
        return new OneTimePassword(username, password);
    }

    /** How many users match the filter, exactly up to {@link ListCount#LIMIT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListCount count(UserFilter filter) {
        requireAdministrator();
        return ListCount.countedTo(listing.count(filter, ListCount.LIMIT + 1));
    }

    /** One page of the users list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserRow> rows(UserFilter filter, int first, int size) {
        requireAdministrator();
        return listing.rows(filter, first, size);
    }

    /** Employees without a user whose name or number contains the text (a few, for the search as one types). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> employeesWithoutUser(String text) {
        requireAdministrator();
        return text == null || text.isBlank() ? List.of() : listing.employeesWithoutUser(text.strip(), SUGGESTIONS);
    }

    /** The roles a user can hold, by name, in their usual order. */
    public List<String> roleNames() {
        return Arrays.stream(AppRole.values()).map(AppRole::name).toList();
    }

    private UserEntity current(String username, long version) {
        UserEntity stored = users.find(username).orElseThrow(() -> new UserChangeRefusedException(
                UserChangeRefusedException.Rule.UNKNOWN_USER, String.valueOf(username)));
        if (stored.version() != version) {
            throw new ConcurrentChangeException("user " + username, version, stored.version());
        }
        return stored;
    }

    private String actor() {
        return user.username().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
    }

    private void requireAdministrator() {
        if (!user.hasRole(AppRole.CMB_ADMINISTRATOR)) {
            throw new NotPermittedException("user administration");
        }
    }

    private static Set<AppRole> roles(Collection<String> names) {
        Set<AppRole> roles = EnumSet.noneOf(AppRole.class);
        if (names != null) {
            for (String name : names) {
                roles.add(AppRole.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return roles;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
