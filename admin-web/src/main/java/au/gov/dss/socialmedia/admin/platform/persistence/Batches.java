package au.gov.dss.socialmedia.admin.platform.persistence;

import jakarta.persistence.TypedQuery;

/**
 * Asks EclipseLink to read the child collections of a query's results in a few batched queries ({@code IN}) rather
 * than one query per row. Plain query hints: ignored by another provider, no compile-time dependency.
 */
public final class Batches {

    private Batches() {
    }

    public static <T> TypedQuery<T> fetch(TypedQuery<T> query, String alias, String... collections) {
        query.setHint("eclipselink.batch.type", "IN");
        for (String collection : collections) {
            query.setHint("eclipselink.batch", alias + "." + collection);
        }
        return query;
    }
}
