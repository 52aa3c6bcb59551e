package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.ConcurrentChangeException;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException;
import au.gov.dss.socialmedia.admin.security.UserEntity;
import au.gov.dss.socialmedia.admin.security.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The use cases of user administration: create a user for an employee, change their roles, disable, enable and
 * reset the password. CMB administrators only, checked on the server for every call; each change runs through the
 * {@link CommandRunner} (role check and audit trail, refusals included), carries the version the page showed (a stale
 * one is refused with a {@link ConcurrentChangeException}), and is checked against the rules of user administration
 * by the {@link UserStore}. One-time passwords are returned once and never audited.
 */
@ApplicationScoped
@Transactional
public class UserCommands {

    private UserStore users;
    private EmployeeLookup employees;
    private PasswordHashing hashing;
    private CurrentUser user;
    private CommandRunner commands;

    /** For CDI's proxies. */
    protected UserCommands() {
    }

    /** The use cases over their ports. */
    @Inject
    public UserCommands(UserStore users, EmployeeLookup employees, PasswordHashing hashing, CurrentUser user,
                        CommandRunner commands) {
        this.users = users;
        this.employees = employees;
        this.hashing = hashing;
        this.user = user;
        this.commands = commands;
    }

    /** Creates a user for an employee who has none; returns the one-time password to show once. */
    public OneTimePassword create(NewUser form) {
        String username = form.username() == null ? "" : form.username().strip();
        String employee = form.employeeId() == null ? "" : form.employeeId().strip();
        String password = PasswordHashing.oneTimePassword();
        Subject subject = Subject.of(SubjectKind.USER, username, username);
        commands.run(ProtectedAction.USER_CREATE, subject, () -> {
            if (employee.isEmpty()) {
                throw new IllegalArgumentException("employee is required");
            }
            String name = employees.name(employee).orElseThrow(() -> new UserChangeRefusedException(
                    UserChangeRefusedException.Rule.EMPLOYEE_UNKNOWN, employee));
            Set<AppRole> roles = roles(form.roles());
            users.register(username, employee, hashing.hash(password.toCharArray()), roles);
            return Done.created(null, Subject.of(SubjectKind.USER, username, username + " (" + name + ")"),
                    "Created for " + name + " (" + employee + ") with the roles " + words(roles)
                            + "; one-time password issued");
        });
        return new OneTimePassword(username, password);
    }

    /** Gives the user exactly these roles. */
    public void changeRoles(String username, long version, Collection<String> roles) {
        commands.run(ProtectedAction.USER_CHANGE_ROLES, subject(username), () -> {
            Set<AppRole> replacement = roles(roles);
            Set<AppRole> previous = EnumSet.noneOf(AppRole.class);
            previous.addAll(current(username, version).roles());
            users.changeRoles(actor(), username, replacement);
            return Done.did("Roles changed from " + words(previous) + " to " + words(replacement));
        });
    }

    /** Stops the user from logging in. */
    public void disable(String username, long version) {
        commands.run(ProtectedAction.USER_DISABLE, subject(username), () -> {
            current(username, version);
            users.disable(actor(), username);
            return Done.did("Disabled");
        });
    }

    /** Lets a disabled user log in again. */
    public void enable(String username, long version) {
        commands.run(ProtectedAction.USER_ENABLE, subject(username), () -> {
            current(username, version);
            users.enable(username);
            return Done.did("Enabled");
        });
    }

    /** Replaces the user's password by a one-time password to show once; it must be changed at the next login. */
    public OneTimePassword resetPassword(String username, long version) {
        String password = PasswordHashing.oneTimePassword();
        commands.run(ProtectedAction.USER_RESET_PASSWORD, subject(username), () -> {
            current(username, version);
            users.resetPassword(username, hashing.hash(password.toCharArray()));
            return Done.did("Password reset; one-time password issued");
        });
        return new OneTimePassword(username, password);
    }

    private Subject subject(String username) {
        String name = users.find(String.valueOf(username)).flatMap(u -> employees.name(u.employeeId()))
                .map(n -> username + " (" + n + ")").orElse(String.valueOf(username));
        return Subject.of(SubjectKind.USER, String.valueOf(username), name);
    }

    private UserEntity current(String username, long version) {
        UserEntity stored = users.find(username).orElseThrow(() -> new UserChangeRefusedException(
                UserChangeRefusedException.Rule.UNKNOWN_USER, String.valueOf(username)));
        if (stored.version() != version) {
            throw new ConcurrentChangeException("The user " + username, version, stored.version());
        }
        return stored;
    }

    private String actor() {
        return user.username().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
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

    /** Roles in words, for the audit trail. */
    private static String words(Set<AppRole> roles) {
        return roles.isEmpty() ? "none" : roles.stream().map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }
}
