package au.gov.dss.socialmedia.admin.platform.audit;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Builds the audit trail outside the container, over a test database's entity manager. */
public final class AuditTrails {

    private AuditTrails() {
    }

    /** The audit trail writing with the entity manager, stamping entries with the clock. */
    public static AuditTrail over(EntityManager em, Clock clock) {
        return new AuditTrail(em, clock);
    }

    /** How many entries record a command as done. */
    public static long done(EntityManager em) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e WHERE e.outcome = 'DONE'", Long.class)
                .getSingleResult();
    }
}
