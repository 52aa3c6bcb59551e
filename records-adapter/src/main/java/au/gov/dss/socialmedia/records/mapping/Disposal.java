package au.gov.dss.socialmedia.records.mapping;

import java.util.Objects;

/**
 * How long a record is kept (AGRkMS "Disposal"): the records authority, the class within it and the disposal
 * action.
 *
 * @param recordsAuthority the records authority, for example {@code AFDA Express Version 2}
 * @param classId the class, for example {@code 12345}, or {@link #UNSENTENCED} until a records manager sets it
 * @param action what happens at the end, for example {@code Destroy 7 years after action completed}
 */
public record Disposal(String recordsAuthority, String classId, String action) {

    /** The class of a record not yet sentenced: kept until a records manager sentences it. */
    public static final String UNSENTENCED = "UNSENTENCED";

    /** Refuses blank parts. */
    public Disposal {
        recordsAuthority = required("records authority", recordsAuthority);
        classId = required("disposal class", classId);
        action = required("disposal action", action);
    }

    /** Whether a records manager has set the class (it is not {@link #UNSENTENCED}). */
    public boolean isSentenced() {
        return !UNSENTENCED.equals(classId);
    }

    private static String required(String field, String value) {
        Objects.requireNonNull(value, () -> field + " must not be null");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }
}
