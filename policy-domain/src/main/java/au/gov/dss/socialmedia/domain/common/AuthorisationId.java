package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies an authorisation to use social media officially. Aggregates refer to each other by identifiers like this one, never by reference.
 *
 * @param value the UUID behind the identifier
 */
public record AuthorisationId(UUID value) {

    /** Refuses a null value. */
    public AuthorisationId {
        Identifiers.requireUuid("AuthorisationId", value);
    }

    /** A new, random identifier. */
    public static AuthorisationId newId() {
        return new AuthorisationId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static AuthorisationId of(String text) {
        return new AuthorisationId(Identifiers.parseUuid("AuthorisationId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
