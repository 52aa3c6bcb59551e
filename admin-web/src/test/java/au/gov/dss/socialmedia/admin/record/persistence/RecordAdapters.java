package au.gov.dss.socialmedia.admin.record.persistence;

import au.gov.dss.socialmedia.admin.record.application.RecordListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class RecordAdapters {

    private RecordAdapters() {
    }

    /** The listing over the entity manager. */
    public static RecordListing listing(EntityManager em) {
        return new JpaRecordListing(em);
    }
}
