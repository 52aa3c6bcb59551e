package au.gov.dss.socialmedia.admin.user.persistence;

import au.gov.dss.socialmedia.admin.user.application.UserListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class UserAdapters {

    private UserAdapters() {
    }

    /** The listing over the entity manager. */
    public static UserListing listing(EntityManager em) {
        return new JpaUserListing(em);
    }
}
