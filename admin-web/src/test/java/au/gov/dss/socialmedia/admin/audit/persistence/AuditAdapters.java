package au.gov.dss.socialmedia.admin.audit.persistence;

import au.gov.dss.socialmedia.admin.audit.application.AuditListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class AuditAdapters {

    private AuditAdapters() {
    }

    /** The listing over the entity manager. */
    public static AuditListing listing(EntityManager em) {
        return new JpaAuditListing(em);
    }
}
