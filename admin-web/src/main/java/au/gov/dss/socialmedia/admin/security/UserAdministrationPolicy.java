package au.gov.dss.socialmedia.admin.security;

import au.gov.dss.socialmedia.admin.security.UserChangeRefusedException.Rule;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of user administration, checked on the server before any change to a user: valid user names, at least
 * one role, no administrator locking themselves out, and never fewer than one enabled CMB administrator. Each rule
 * refuses with a {@link UserChangeRefusedException} naming it.
 */
public final class UserAdministrationPolicy {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private UserAdministrationPolicy() {
    }

    /** Refuses a user name that is not 3 to 64 lower-case letters, digits, dots, hyphens or underscores. */
    public static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new UserChangeRefusedException(Rule.USERNAME_INVALID, String.valueOf(username));
        }
    }

    /**
     * Refuses roles a user may not be given.
     *
     * @param actor who makes the change
     * @param target whose roles change
     * @param roles the roles the target would hold
     * @param otherEnabledAdministrators how many enabled administrators there are besides the target
     */
    public static void checkRoles(String actor, UserEntity target, Set<AppRole> roles,
                                  long otherEnabledAdministrators) {
        if (roles.isEmpty()) {
            throw new UserChangeRefusedException(Rule.NO_ROLE, target.username());
        }
        boolean losesAdministrator = target.roles().contains(AppRole.CMB_ADMINISTRATOR)
                && !roles.contains(AppRole.CMB_ADMINISTRATOR);
        if (losesAdministrator && target.username().equals(actor)) {
            throw new UserChangeRefusedException(Rule.OWN_ADMINISTRATOR_ROLE, target.username());
        }
        if (losesAdministrator && target.enabled() && otherEnabledAdministrators == 0) {
            throw new UserChangeRefusedException(Rule.LAST_ADMINISTRATOR, target.username());
        }
    }

    /**
     * Refuses disabling a user who must stay able to log in.
     *
     * @param actor who makes the change
     * @param target who would be disabled
     * @param otherEnabledAdministrators how many enabled administrators there are besides the target
     */
    public static void checkDisable(String actor, UserEntity target, long otherEnabledAdministrators) {
        if (target.username().equals(actor)) {
            throw new UserChangeRefusedException(Rule.DISABLE_SELF, target.username());
        }
        if (target.roles().contains(AppRole.CMB_ADMINISTRATOR) && target.enabled()
                && otherEnabledAdministrators == 0) {
            throw new UserChangeRefusedException(Rule.LAST_ADMINISTRATOR, target.username());
        }
    }
}
