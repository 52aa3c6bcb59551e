package au.gov.dss.socialmedia.domain.conduct;

/** What a preliminary assessment decides. */
public enum PreliminaryOutcome {
    /** Deal with the matter under the s15(3) procedures: refer it to the Workplace Relations and Conduct Section. */
    REFER_UNDER_PROCEDURES,
    /** Take no further action: the matter is closed. */
    NO_FURTHER_ACTION
}
