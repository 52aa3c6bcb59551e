package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Checks and copies shared by the values of this package. */
final class Checks {

    private Checks() {
    }

    /** An unmodifiable copy of the list, refusing a null list or a null element (messages name the field). */
    static <T> List<T> list(String field, Collection<? extends T> values) {
        Objects.requireNonNull(values, () -> field + " must not be null");
        for (T value : values) {
            Objects.requireNonNull(value, () -> field + " must not contain null");
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy of the set in the enum's order, refusing a null set or a null element. */
    static <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type, Collection<E> values) {
        Objects.requireNonNull(values, () -> field + " must not be null");
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : values) {
            copy.add(Objects.requireNonNull(value, () -> field + " must not contain null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /** Like {@link #enumSet} but refuses an empty set. */
    static <E extends Enum<E>> Set<E> nonEmptyEnumSet(String field, Class<E> type, Collection<E> values) {
        Set<E> copy = enumSet(field, type, values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }

    /** Like {@link #list} but refuses an empty list. */
    static <T> List<T> nonEmptyList(String field, Collection<? extends T> values) {
        List<T> copy = list(field, values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return copy;
    }

    /** Refuses an event without the parts every conduct matter event has. */
    static void eventParts(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                           EmployeeId subject) {
        Objects.requireNonNull(eventId, "event id must not be null");
        Objects.requireNonNull(occurredAt, "event time must not be null");
        Objects.requireNonNull(actor, "event actor must not be null");
        Objects.requireNonNull(matterId, "conduct matter id must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
    }
}
