package au.gov.dss.socialmedia.domain.initiative;

/**
 * Where an initiative is in its lifecycle:
 * <pre>
 * DRAFT --submit--> SUBMITTED --approve--> APPROVED --activate--> ACTIVE --close--> CLOSED
 * (revise)           |     ^   --reject--> REJECTED
 *    request changes |     | submit (resubmit)
 *                    v     |
 *             CHANGES_REQUESTED (revise)
 *
 * APPROVED --close (approved but never started)--> CLOSED
 * </pre>
 */
public enum InitiativeStatus {
    /** Being prepared by the sponsoring business area; the business case and risk plan may be revised. */
    DRAFT,
    /** Submitted to CMB and awaiting its decision; nothing can be revised. */
    SUBMITTED,
    /** CMB asked for changes; the business case and risk plan may be revised and the initiative resubmitted. */
    CHANGES_REQUESTED,
    /** Approved by CMB; not yet started. */
    APPROVED,
    /** Refused by CMB; final. */
    REJECTED,
    /** Approved and running. */
    ACTIVE,
    /** Finished or withdrawn after approval; final. */
    CLOSED;

    /** The state in words, for messages ("changes requested"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /**
     * Whether an official account may be activated for an initiative in this state: only an approved initiative
     * (APPROVED or ACTIVE) supports official activity.
     */
    public boolean permitsAccountActivation() {
        return this == APPROVED || this == ACTIVE;
    }

    /** Whether the business case and risk plan may be revised and the initiative submitted (DRAFT, CHANGES_REQUESTED). */
    public boolean isOpenForRevision() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    /** Whether CMB's decision is awaited (SUBMITTED). */
    public boolean isAwaitingDecision() {
        return this == SUBMITTED;
    }

    /** Whether the initiative may be closed in this state (APPROVED, never started, or ACTIVE). */
    public boolean permitsClosing() {
        return this == APPROVED || this == ACTIVE;
    }

    /** Whether nothing more can happen (REJECTED, CLOSED). */
    public boolean isFinal() {
        return this == REJECTED || this == CLOSED;
    }
}
