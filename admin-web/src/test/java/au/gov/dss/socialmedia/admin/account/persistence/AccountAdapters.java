package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.admin.account.application.AccountListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class AccountAdapters {

    private AccountAdapters() {
    }

    /** The listing over the entity manager. */
    public static AccountListing listing(EntityManager em) {
        return new JpaAccountListing(em);
    }
}
