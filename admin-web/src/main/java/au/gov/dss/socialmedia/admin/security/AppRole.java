package au.gov.dss.socialmedia.admin.security;

/**
 * The roles of the admin app. Each is checked on the server for every action; the domain's own rules (segregation
 * of duties, CMB-only decisions) apply on top of them.
 */
public enum AppRole {
    /** CMB administrator (a Communication Account Manager): accounts, authorisations, employees, users. */
    CMB_ADMINISTRATOR,
    /** CMB approver: decides initiatives and reviews posts. */
    CMB_APPROVER,
    /** Authorised contributor: drafts posts for the accounts they are authorised for. */
    AUTHORISED_CONTRIBUTOR,
    /** Conduct officer of the Workplace Relations and Conduct Section: conduct matters only. */
    CONDUCT_OFFICER,
    /** Records officer: the records captured into the recordkeeping system. */
    RECORDS_OFFICER,
    /** Auditor: reads everything, changes nothing, verifies the audit trail. */
    AUDITOR,
    /**
     * Employee: any employee without a role of CMB or a section, who checks drafts of their own personal posts
     * against the policy (and changes their password); sees nothing else of the app.
     */
    EMPLOYEE;

    /** Names for {@code @RolesAllowed} and {@code SecurityContext.isCallerInRole}. */
    public static final String ADMINISTRATOR = "CMB_ADMINISTRATOR";
    /** See {@link #CMB_APPROVER}. */
    public static final String APPROVER = "CMB_APPROVER";
    /** See {@link #AUTHORISED_CONTRIBUTOR}. */
    public static final String CONTRIBUTOR = "AUTHORISED_CONTRIBUTOR";
    /** See {@link #CONDUCT_OFFICER}. */
    public static final String CONDUCT = "CONDUCT_OFFICER";
    /** See {@link #RECORDS_OFFICER}. */
    public static final String RECORDS = "RECORDS_OFFICER";
    /** See {@link #AUDITOR}. */
    public static final String AUDIT = "AUDITOR";
    /** See {@link #EMPLOYEE}. */
    public static final String PLAIN_EMPLOYEE = "EMPLOYEE";

    /** Whether the role works in the app for CMB or a section (every role but {@link #EMPLOYEE}). */
    public boolean staff() {
        return this != EMPLOYEE;
    }
}
