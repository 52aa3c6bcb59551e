package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies a public comment received on an official account. Aggregates refer to each other by identifiers like this one, never by reference.
 *
 * @param value the UUID behind the identifier
 */
public record CommentId(UUID value) {

    /** Refuses a null value. */
    public CommentId {
        Identifiers.requireUuid("CommentId", value);
    }

    /** A new, random identifier. */
    public static CommentId newId() {
        return new CommentId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static CommentId of(String text) {
        return new CommentId(Identifiers.parseUuid("CommentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
