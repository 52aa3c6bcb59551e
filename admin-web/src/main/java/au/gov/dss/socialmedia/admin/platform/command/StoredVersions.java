package au.gov.dss.socialmedia.admin.platform.command;

import java.util.OptionalLong;

/**
 * Port: the optimistic-locking version each stored thing has now, so that a use case can tell that someone else
 * changed the thing since the user opened it (implemented by the persistence adapter).
 */
public interface StoredVersions {

    /** The stored version of the thing, if it exists. */
    OptionalLong of(SubjectKind kind, String id);

    /**
     * Refuses the change unless the thing is still at the version the page showed.
     *
     * @param subject what is about to change, named for the message
     * @param version the version the page showed
     * @throws ConcurrentChangeException when someone else changed it since
     * @throws IllegalArgumentException when it does not exist
     */
    default void require(Subject subject, long version) {
        long stored = of(subject.kind(), subject.id()).orElseThrow(() -> new IllegalArgumentException(
                subject.label() + " does not exist"));
        if (stored != version) {
            throw new ConcurrentChangeException(subject.label(), version, stored);
        }
    }
}
