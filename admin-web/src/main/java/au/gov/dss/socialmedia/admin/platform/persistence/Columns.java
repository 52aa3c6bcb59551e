package au.gov.dss.socialmedia.admin.platform.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Reads the columns of a row of native SQL into Java types, whatever type the driver returns (H2 and PostgreSQL
 * differ: {@code OffsetDateTime} or {@code Timestamp}, {@code LocalDate} or {@code java.sql.Date}).
 */
public final class Columns {

    private Columns() {
    }

    /** A text column. */
    public static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A timestamp column, as an instant. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }

    /** A date column. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalArgumentException("not a date: " + value.getClass().getName());
    }

    /** An instant to bind to native SQL: as an offset date-time in UTC, which both drivers take. */
    public static OffsetDateTime bind(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    /** A whole-number column. */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A boolean column. */
    public static boolean bool(Object value) {
        return value instanceof Boolean flag ? flag : value instanceof Number number && number.intValue() != 0;
    }
}
