package au.gov.dss.socialmedia.admin.platform.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Builds the audit trail outside the container, over a test database's entity manager. */
public final class AuditTrails {

    private AuditTrails() {
    }

    /** The audit trail writing with the entity manager, stamping entries with the clock. */
    public static AuditTrail over(EntityManager em, Clock clock) {
        AuditTrail trail = new AuditTrail();
        trail.em = em;
        trail.clock = clock;
        return trail;
    }
}
