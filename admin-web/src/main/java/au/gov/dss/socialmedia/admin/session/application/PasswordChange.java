package au.gov.dss.socialmedia.admin.session.application;

import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserEntity;
import au.gov.dss.socialmedia.admin.security.UserStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Changing one's own password (forced at first login): the current password must be right, the new one typed twice
 * alike, strong enough and different. Checked and audited by the {@link CommandRunner} like every command (the
 * passwords themselves are never audited or logged).
 */
@ApplicationScoped
@Transactional
public class PasswordChange {

    private UserStore users;
    private PasswordHashing hashing;
    private CurrentUser user;
    private CommandRunner commands;

    /** For CDI's proxies. */
    protected PasswordChange() {
    }

    /** The use case over the users and the audit trail. */
    @Inject
    public PasswordChange(UserStore users, PasswordHashing hashing, CurrentUser user, CommandRunner commands) {
        this.users = users;
        this.hashing = hashing;
        this.user = user;
        this.commands = commands;
    }

    /**
     * Changes the signed-in user's password.
     *
     * @throws InvalidInputException naming the field that is wrong (current, replacement or confirmation)
     */
    public void change(String current, String replacement, String confirmation) {
        String username = user.username().orElseThrow(() -> new IllegalStateException("nobody is logged in"));
        commands.run(ProtectedAction.PASSWORD_CHANGE, Subject.of(SubjectKind.USER, username, username), () -> {
            UserEntity stored = users.find(username).orElseThrow(() -> new IllegalStateException(
                    "user " + username + " is logged in but not stored"));
            if (current == null || !hashing.matches(current.toCharArray(), users.storedHash(stored))) {
                throw new InvalidInputException("current", "password.current.wrong", "",
                        "the current password is not right");
            }
            if (replacement == null || !replacement.equals(confirmation)) {
                throw new InvalidInputException("confirmation", "password.confirmation.differs", "",
                        "the two new passwords differ");
            }
            String weakness = PasswordHashing.weakness(replacement, username);
            if (weakness != null) {
                throw new InvalidInputException("replacement", "password.weak", weakness,
                        "the new password is too weak: " + weakness);
            }
            if (replacement.equals(current)) {
                throw new InvalidInputException("replacement", "password.same", "",
                        "the new password is the current one");
            }
            users.changePassword(username, hashing.hash(replacement.toCharArray()));
            return Done.did("Password changed");
        });
    }
}
