package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies an official post. Aggregates refer to each other by identifiers like this one, never by reference.
 *
 * @param value the UUID behind the identifier
 */
public record PostId(UUID value) {

    /** Refuses a null value. */
    public PostId {
        Identifiers.requireUuid("PostId", value);
    }

    /** A new, random identifier. */
    public static PostId newId() {
        return new PostId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static PostId of(String text) {
        return new PostId(Identifiers.parseUuid("PostId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
