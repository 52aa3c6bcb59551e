package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationListing;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class AuthorisationAdapters {

    private AuthorisationAdapters() {
    }

    /** The listing over the entity manager. */
    public static AuthorisationListing listing(EntityManager em, Clock clock) {
        return new JpaAuthorisationListing(em, clock);
    }
}
