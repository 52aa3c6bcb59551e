package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies a conduct matter (a suspected breach of the APS Code of Conduct). Aggregates refer to each other by identifiers like this one, never by reference.
 *
 * @param value the UUID behind the identifier
 */
public record ConductMatterId(UUID value) {

    /** Refuses a null value. */
    public ConductMatterId {
        Identifiers.requireUuid("ConductMatterId", value);
    }

    /** A new, random identifier. */
    public static ConductMatterId newId() {
        return new ConductMatterId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static ConductMatterId of(String text) {
        return new ConductMatterId(Identifiers.parseUuid("ConductMatterId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
