package au.gov.dss.socialmedia.domain.conduct;

/** Why a conduct matter was closed. */
public enum ClosureReason {
    /** The preliminary assessment decided to take no further action. */
    NO_FURTHER_ACTION,
    /** The employee was determined not to have breached the Code of Conduct. */
    NO_BREACH,
    /** A breach was determined and the delegate decided the sanctions. */
    SANCTIONS_DECIDED,
    /** The review the employee requested was finished. */
    REVIEW_FINISHED
}
