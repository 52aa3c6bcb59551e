package au.gov.dss.socialmedia.domain.authorisation;

/** The states of an authorisation. REVOKED and EXPIRED are terminal. */
public enum AuthorisationStatus {
    /** Granted by CMB; in force within its validity period. */
    GRANTED,
    /** Suspended by CMB for a reason; not in force until reinstated. */
    SUSPENDED,
    /** Revoked by CMB for a reason. Terminal. */
    REVOKED,
    /** Its validity period ended. Terminal. */
    EXPIRED;

    /** Whether no transition leaves this state. */
    public boolean isTerminal() {
        return this == REVOKED || this == EXPIRED;
    }

    /** Whether an authorisation effectively in this state may be suspended (it is in force). */
    public boolean permitsSuspension() {
        return this == GRANTED;
    }

    /** Whether an authorisation effectively in this state may be reinstated (it is suspended). */
    public boolean permitsReinstatement() {
        return this == SUSPENDED;
    }

    /** Whether an authorisation effectively in this state may be revoked or renewed (it has not ended). */
    public boolean permitsRevocationOrRenewal() {
        return !isTerminal();
    }
}
