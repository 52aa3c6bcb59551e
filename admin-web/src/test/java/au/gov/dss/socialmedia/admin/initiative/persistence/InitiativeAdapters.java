package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.initiative.application.InitiativeListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class InitiativeAdapters {

    private InitiativeAdapters() {
    }

    /** The listing over the entity manager. */
    public static InitiativeListing listing(EntityManager em) {
        return new JpaInitiativeListing(em);
    }
}
