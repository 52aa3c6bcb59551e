package au.gov.dss.socialmedia.admin.platform.persistence;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * The row of an aggregate: its id, and the version that optimistic locking moves on with every change, so that a
 * change made on a stale copy is refused ({@code OptimisticLockException}) rather than written over another.
 */
@MappedSuperclass
public abstract class VersionedRow {

    @Id
    private String id;

    @Version
    private long version;

    /** For JPA. */
    protected VersionedRow() {
    }

    /** A new row with its id. */
    protected VersionedRow(String id) {
        this.id = id;
    }

    /** The row's id. */
    public String id() {
        return id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
