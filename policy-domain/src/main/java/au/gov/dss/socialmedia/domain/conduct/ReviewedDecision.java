package au.gov.dss.socialmedia.domain.conduct;

/** A decision of a conduct matter that the employee can ask to have reviewed. */
public enum ReviewedDecision {
    /** The determination that the employee breached the Code of Conduct. */
    BREACH_DETERMINATION,
    /** The delegate's decision of the sanctions imposed. */
    SANCTION_DECISION
}
