package au.gov.dss.socialmedia.domain.account;

/**
 * The lifecycle of an official account: {@code PROPOSED -> ACTIVE <-> SUSPENDED -> DECOMMISSIONED}. A proposed
 * account may also be decommissioned without ever going live. DECOMMISSIONED is terminal; its records stay.
 */
public enum AccountState {
    /** Proposed, not yet live: nothing may be published. */
    PROPOSED,
    /** Live: authorised employees may publish and moderate. */
    ACTIVE,
    /** Temporarily closed to publishing, for example after a security incident. */
    SUSPENDED,
    /** Closed for good; its records stay. */
    DECOMMISSIONED;

    /** Whether no further transition is possible. */
    public boolean isTerminal() {
        return this == DECOMMISSIONED;
    }

    /** Whether an account in this state may be activated (it is proposed). */
    public boolean permitsActivation() {
        return this == PROPOSED;
    }

    /** Whether an account in this state may be suspended (it is live). */
    public boolean permitsSuspension() {
        return this == ACTIVE;
    }

    /** Whether an account in this state may be reinstated (it is suspended). */
    public boolean permitsReinstatement() {
        return this == SUSPENDED;
    }

    /**
     * Whether an account in this state may still be changed: its purpose, administrator, privacy review and
     * branding, and its decommissioning. Only a decommissioned account may not.
     */
    public boolean permitsChange() {
        return !isTerminal();
    }
}
