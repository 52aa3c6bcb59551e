package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies one domain event. Events are archived as records under this identifier.
 *
 * @param value the UUID behind the identifier
 */
public record EventId(UUID value) {

    /** Refuses a null value. */
    public EventId {
        Identifiers.requireUuid("EventId", value);
    }

    /** A new, random identifier. */
    public static EventId newId() {
        return new EventId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static EventId of(String text) {
        return new EventId(Identifiers.parseUuid("EventId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
