package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies a social media initiative. Aggregates refer to each other by identifiers like this one, never by reference.
 *
 * @param value the UUID behind the identifier
 */
public record InitiativeId(UUID value) {

    /** Refuses a null value. */
    public InitiativeId {
        Identifiers.requireUuid("InitiativeId", value);
    }

    /** A new, random identifier. */
    public static InitiativeId newId() {
        return new InitiativeId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static InitiativeId of(String text) {
        return new InitiativeId(Identifiers.parseUuid("InitiativeId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
