package au.gov.dss.socialmedia.domain.common;

import java.util.UUID;

/**
 * Identifies an official social media account. Aggregates refer to each other by identifiers like this one, never by reference.
 *
 * @param value the UUID behind the identifier
 */
public record AccountId(UUID value) {

    /** Refuses a null value. */
    public AccountId {
        Identifiers.requireUuid("AccountId", value);
    }

    /** A new, random identifier. */
    public static AccountId newId() {
        return new AccountId(UUID.randomUUID());
    }

    /** Parses the textual form given by {@link #toString()}. */
    public static AccountId of(String text) {
        return new AccountId(Identifiers.parseUuid("AccountId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
