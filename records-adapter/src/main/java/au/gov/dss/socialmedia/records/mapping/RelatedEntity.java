package au.gov.dss.socialmedia.records.mapping;

import java.util.Objects;

/**
 * An entity a record relates to (AGRkMS "Related Entity"): the account, initiative, post, comment, authorisation
 * or conduct matter it is about, the agents who acted or are concerned, and the business function and activity.
 *
 * @param entityType the AGRkMS entity type: {@code Record}, {@code Agent} or {@code Business}
 * @param role the relationship, for example {@code Performed by}, {@code About account}, {@code Function}
 * @param id the assigned entity id, for example an employee number or a UUID
 * @param scheme the scheme the id belongs to, for example {@code DSS employee number}
 */
public record RelatedEntity(String entityType, String role, String id, String scheme) {

    /** Refuses missing or multi-line parts (they are stored one per line). */
    public RelatedEntity {
        entityType = singleLine("entity type", entityType);
        role = singleLine("role", role);
        id = singleLine("id", id);
        scheme = singleLine("scheme", scheme);
    }

    private static String singleLine(String field, String value) {
        Objects.requireNonNull(value, () -> "related entity " + field + " must not be null");
        if (value.isBlank() || value.contains("\n") || value.contains("\r") || value.contains("|")) {
            throw new IllegalArgumentException("related entity " + field
                    + " must be one line without '|', but was '" + value + "'");
        }
        return value.strip();
    }

    /** The stored form: {@code entityType|role|id|scheme}. */
    public String encode() {
        return entityType + "|" + role + "|" + id + "|" + scheme;
    }

    /** Reads the stored form. */
    public static RelatedEntity decode(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("malformed related entity '" + line + "'");
        }
        return new RelatedEntity(parts[0], parts[1], parts[2], parts[3]);
    }
}
