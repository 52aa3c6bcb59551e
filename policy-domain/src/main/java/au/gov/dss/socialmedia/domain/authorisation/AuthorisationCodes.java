package au.gov.dss.socialmedia.domain.authorisation;

/**
 * The stable codes of this package's refusals and "no" answers. Other modules and the admin app may rely on them:
 * they never change once published.
 */
public final class AuthorisationCodes {

    // Refusals of commands

    /** Only CMB staff grant, suspend, reinstate, revoke or renew authorisations. */
    public static final String ACTOR_NOT_IN_CMB = "ACTOR_NOT_IN_CMB";
    /** Nobody grants, suspends, reinstates, revokes or renews their own authorisation. */
    public static final String ACTOR_IS_HOLDER = "ACTOR_IS_HOLDER";
    /** A Communication Account Manager must work in CMB. */
    public static final String MANAGER_MUST_WORK_IN_CMB = "MANAGER_MUST_WORK_IN_CMB";
    /** An Authorised Contributor needs recorded training. */
    public static final String TRAINING_NOT_RECORDED = "TRAINING_NOT_RECORDED";
    /** The training must be completed on or before the day of the grant. */
    public static final String TRAINING_AFTER_GRANT = "TRAINING_AFTER_GRANT";
    /** The trainee cannot record their own training. */
    public static final String TRAINING_RECORDED_BY_HOLDER = "TRAINING_RECORDED_BY_HOLDER";
    /** The validity period of a grant has already ended. */
    public static final String PERIOD_ALREADY_ENDED = "PERIOD_ALREADY_ENDED";
    /** A grant or renewal would run longer than {@link ValidityPeriod#MAXIMUM_TERM}. */
    public static final String PERIOD_TOO_LONG = "PERIOD_TOO_LONG";
    /** A renewal must end later than the current period. */
    public static final String RENEWAL_MUST_EXTEND_PERIOD = "RENEWAL_MUST_EXTEND_PERIOD";
    /** An expiry cannot be recorded before the validity period ends. */
    public static final String PERIOD_NOT_ENDED = "PERIOD_NOT_ENDED";
    /** The current state forbids the transition (see {@code Refusal.stateForbids}). */
    public static final String STATE_FORBIDS_ACTION = "STATE_FORBIDS_ACTION";
    /** No authorisation has the given id. */
    public static final String UNKNOWN_AUTHORISATION = "UNKNOWN_AUTHORISATION";

    // Reasons for "does not hold authority"

    /** The employee holds no authorisation at all. */
    public static final String NO_AUTHORISATION = "NO_AUTHORISATION";
    /** The employee holds no authorisation in the role asked about. */
    public static final String ROLE_NOT_HELD = "ROLE_NOT_HELD";
    /** The authorisation is suspended. */
    public static final String AUTHORISATION_SUSPENDED = "AUTHORISATION_SUSPENDED";
    /** The authorisation was revoked. */
    public static final String AUTHORISATION_REVOKED = "AUTHORISATION_REVOKED";
    /** The authorisation's validity period has ended. */
    public static final String AUTHORISATION_EXPIRED = "AUTHORISATION_EXPIRED";
    /** The authorisation is not in force yet (before its period starts, or before it was granted). */
    public static final String AUTHORISATION_NOT_YET_IN_FORCE = "AUTHORISATION_NOT_YET_IN_FORCE";
    /** The activity is not in the authorisation's scope. */
    public static final String ACTIVITY_OUTSIDE_SCOPE = "ACTIVITY_OUTSIDE_SCOPE";
    /** The account is not in the authorisation's scope. */
    public static final String ACCOUNT_OUTSIDE_SCOPE = "ACCOUNT_OUTSIDE_SCOPE";
    /** A Communication Account Manager's authorisation does not count once they no longer work in CMB. */
    public static final String MANAGER_NO_LONGER_IN_CMB = "MANAGER_NO_LONGER_IN_CMB";
    /** The employee directory does not know the employee (for example, they have left the department). */
    public static final String EMPLOYEE_NOT_IN_DIRECTORY = "EMPLOYEE_NOT_IN_DIRECTORY";

    private AuthorisationCodes() {
    }
}
