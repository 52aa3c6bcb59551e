package au.gov.dss.socialmedia.domain.conduct;

/** What kind of measure is taken pending the outcome of a conduct matter. None of them is a sanction. */
public enum InterimMeasureKind {
    /** Suspension from duties pending the outcome. */
    SUSPENSION_PENDING_OUTCOME,
    /** Temporary re-assignment of duties pending the outcome. */
    REASSIGNMENT_PENDING_OUTCOME
}
