package au.gov.dss.socialmedia.domain.conduct;

/**
 * Where a conduct matter stands in the Secretary's Procedures (s15(3) of the Public Service Act 1999). The stages
 * follow each other in the order of the procedure; see the package description for the diagram.
 */
public enum ConductMatterStage {
    /** Reported by an employee other than the subject; nothing done yet. */
    REPORTED,
    /** A preliminary assessment of the report is under way. */
    PRELIMINARY_ASSESSMENT,
    /** Decided to deal with it under the s15(3) procedures: referred to the Workplace Relations and Conduct Section. */
    REFERRED,
    /** The employee was given written notice of the suspected breach and the range of sanctions, with a deadline. */
    NOTICE_GIVEN,
    /** The employee responded to the notice. */
    RESPONSE_RECEIVED,
    /** The response period ended without a response. */
    RESPONSE_PERIOD_LAPSED,
    /** A decision-maker determined that the employee breached the Code of Conduct. */
    DETERMINED_BREACH,
    /** A decision-maker determined that the employee did not breach the Code of Conduct. */
    DETERMINED_NO_BREACH,
    /** The employee was given notice of the proposed sanctions. */
    SANCTION_NOTICE_GIVEN,
    /** A delegate decided the sanctions imposed. */
    SANCTION_DECIDED,
    /** The employee asked for a review of the breach determination or the sanction decision. */
    REVIEW_REQUESTED,
    /** Nothing more is done: no further action, no breach, sanctions decided, or the review finished. */
    CLOSED;

    /** Whether the matter is still open (not closed). */
    public boolean isOpen() {
        return this != CLOSED;
    }
}
