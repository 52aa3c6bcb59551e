package au.gov.dss.socialmedia.domain.initiative;

/** What CMB decided about a submitted initiative. */
public enum DecisionOutcome {
    /** Approved: the initiative may start. */
    APPROVED(InitiativeStatus.APPROVED),
    /** Rejected: the initiative will not go ahead. */
    REJECTED(InitiativeStatus.REJECTED),
    /** Changes requested: the sponsor revises and resubmits. */
    CHANGES_REQUESTED(InitiativeStatus.CHANGES_REQUESTED);

    private final InitiativeStatus resultingStatus;

    DecisionOutcome(InitiativeStatus resultingStatus) {
        this.resultingStatus = resultingStatus;
    }

    /** The status the initiative takes on this outcome. */
    public InitiativeStatus resultingStatus() {
        return resultingStatus;
    }
}
