package au.gov.dss.socialmedia.domain.common;

/** How a person works for the department. The policy applies to all of them alike. */
public enum EmploymentType {
    /** An ongoing APS employee. */
    ONGOING,
    /** A non-ongoing APS employee. */
    NON_ONGOING,
    /** An employee on secondment to the department. */
    SECONDEE,
    /** A contractor. */
    CONTRACTOR
}
