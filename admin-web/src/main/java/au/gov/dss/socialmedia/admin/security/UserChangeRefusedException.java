package au.gov.dss.socialmedia.admin.security;

/**
 * Thrown when a change to the users breaks one of the rules of user administration: nothing is changed, and the
 * {@link #rule()} says which rule, so that the page can say why in the user's words (the resource bundle has a text
 * for each rule) and the audit trail records the refusal.
 */
public class UserChangeRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rules of user administration, each with a stable code. */
    public enum Rule {
        /** A user name is 3 to 64 lower-case letters, digits, dots, hyphens or underscores. */
        USERNAME_INVALID("a user name is 3 to 64 lower-case letters, digits, '.', '-' or '_'"),
        /** User names are unique, whatever their case. */
        USERNAME_TAKEN("the user name is taken"),
        /** A user is an employee of the directory. */
        EMPLOYEE_UNKNOWN("no employee has this number"),
        /** One employee has at most one user. */
        EMPLOYEE_HAS_USER("the employee already has a user"),
        /** A user keeps at least one role. */
        NO_ROLE("a user must hold at least one role"),
        /** An administrator cannot remove their own administrator role. */
        OWN_ADMINISTRATOR_ROLE("an administrator cannot remove their own CMB administrator role"),
        /** An administrator cannot disable themselves. */
        DISABLE_SELF("an administrator cannot disable themselves"),
        /** There is always at least one enabled CMB administrator. */
        LAST_ADMINISTRATOR("the last enabled CMB administrator cannot be removed or disabled"),
        /** The user must exist. */
        UNKNOWN_USER("there is no such user");

        private final String reason;

        Rule(String reason) {
            this.reason = reason;
        }

        /** The rule in a few words, for the audit trail and the log. */
        public String reason() {
            return reason;
        }
    }

    private final Rule rule;
    private final String subject;

    /**
     * A refusal.
     *
     * @param rule the rule the change would break
     * @param subject what it is about: the user name or the employee number
     */
    public UserChangeRefusedException(Rule rule, String subject) {
        super(rule.reason() + " (" + subject + ")");
        this.rule = rule;
        this.subject = subject;
    }

    /** The rule the change would break. */
    public Rule rule() {
        return rule;
    }

    /** What it is about: the user name or the employee number. */
    public String subject() {
        return subject;
    }
}
