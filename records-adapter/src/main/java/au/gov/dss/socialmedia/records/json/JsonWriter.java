package au.gov.dss.socialmedia.records.json;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Writes Java records as deterministic JSON (RFC 8259), so that the same event always gives the same bytes and so
 * the same digest.
 * <ul>
 *   <li>a record becomes an object whose members are its components in declaration order; a record that belongs
 *       to a sealed hierarchy (every domain event, a moderation decision, a sanction) first gets an {@code "@type"}
 *       member with its simple name, so that the variant is never lost;</li>
 *   <li>a record with the single component {@code value} (the typed identifiers) becomes that value;</li>
 *   <li>a policy clause becomes its stable id ({@code official.switch-channel}); other enums their name; {@code java.time} values, UUIDs and URIs their ISO/text form;</li>
 *   <li>{@code Optional} becomes its value or {@code null}; lists keep their order; sets and maps are sorted (by the
 *       JSON of each element, by key) because their iteration order is not stable.</li>
 * </ul>
 * Any other type is refused with an {@link IllegalArgumentException} naming it, so a new kind of value in the
 * domain fails a test instead of being archived as an opaque {@code toString()}.
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /** The JSON of a value, compact (no insignificant white space). */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder(512);
        writeValue(out, value);
        return out.toString();
    }

    private static void writeValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence || value instanceof Character) {
            writeString(out, value.toString());
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                out.append(value);
            } else {
                writeString(out, value.toString());
            }
        } else if (value instanceof PolicyClause clause) {
            writeString(out, clause.id());
        } else if (value instanceof Enum<?> constant) {
            writeString(out, constant.name());
        } else if (value instanceof TemporalAccessor || value instanceof Duration || value instanceof Period
                || value instanceof ZoneId || value instanceof UUID || value instanceof URI) {
            writeString(out, value.toString());
        } else if (value instanceof Optional<?> optional) {
            writeValue(out, optional.orElse(null));
        } else if (value instanceof Set<?> set) {
            List<String> elements = new ArrayList<>(set.size());
            for (Object element : set) {
                elements.add(write(element));
            }
            elements.sort(null);
            out.append('[').append(String.join(",", elements)).append(']');
        } else if (value instanceof Collection<?> collection) {
            out.append('[');
            boolean first = true;
            for (Object element : collection) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeValue(out, element);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, element) -> sorted.put(String.valueOf(key), element));
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> entry : sorted.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                writeString(out, entry.getKey());
                out.append(':');
                writeValue(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Record record) {
            writeRecord(out, record);
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName()
                    + " as JSON: records, enums, text, numbers, booleans, java.time values, UUIDs, Optionals,"
                    + " collections and maps only");
        }
    }

    private static void writeRecord(StringBuilder out, Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        if (components.length == 1 && components[0].getName().equals("value")) {
            writeValue(out, valueOf(record, components[0]));
            return;
        }
        out.append('{');
        boolean first = true;
        if (isSealedVariantType(record.getClass())) {
            writeString(out, "@type");
            out.append(':');
            writeString(out, record.getClass().getSimpleName());
            first = false;
        }
        for (RecordComponent component : components) {
            if (!first) {
                out.append(',');
            }
            first = false;
            writeString(out, component.getName());
            out.append(':');
            writeValue(out, valueOf(record, component));
        }
        out.append('}');
    }

    /** Whether the record type implements a sealed interface, directly or through a sealed sub-interface. */
    public static boolean isSealedVariantType(Class<?> type) {
        for (Class<?> implemented : type.getInterfaces()) {
            if (implemented.isSealed()) {
                return true;
            }
        }
        return false;
    }

    /** The value of one component of a record, read through its public accessor. */
    public static Object valueOf(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + record.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading " + component.getName() + " of "
                    + record.getClass().getName() + " failed", e.getCause());
        }
    }

    /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
    static void writeString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** The JSON string literal of a text (quoted and escaped). */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        writeString(out, text);
        return out.toString();
    }
}
