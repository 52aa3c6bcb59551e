package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.post.application.PostListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class PostAdapters {

    private PostAdapters() {
    }

    /** The listing over the entity manager. */
    public static PostListing listing(EntityManager em) {
        return new JpaPostListing(em);
    }
}
