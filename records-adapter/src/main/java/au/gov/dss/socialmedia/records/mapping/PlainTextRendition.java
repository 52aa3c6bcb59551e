package au.gov.dss.socialmedia.records.mapping;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.json.JsonWriter;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The human-readable rendition of a record: plain UTF-8 text, with the protective marking at the top and the
 * bottom (as the PSPF asks of documents), the record's title and identity, and then every field of the event with
 * its name in words, nested values indented. Plain text is an archival format that every system can show and
 * index and that never needs a viewer.
 */
public final class PlainTextRendition {

    private static final String RULE = "=".repeat(72);
    private static final String THIN_RULE = "-".repeat(72);

    private PlainTextRendition() {
    }

    /** The rendition of an event as the record of the given type, title and marking. */
    public static String render(DomainEvent event, RecordType type, String title, ProtectiveMarking marking) {
        StringBuilder out = new StringBuilder(1024);
        out.append(marking.label()).append('\n').append(RULE).append('\n');
        out.append(title).append('\n').append('\n');
        out.append("Record type: ").append(type.label()).append('\n');
        out.append("Record id:   ").append(event.eventId()).append('\n');
        out.append("Event:       ").append(Labels.humanize(event.getClass().getSimpleName())).append('\n');
        out.append("Occurred at: ").append(event.occurredAt()).append('\n');
        out.append(THIN_RULE).append('\n');
        if (event instanceof Record record) {
            writeFields(out, record, 0);
        }
        out.append(RULE).append('\n').append(marking.label()).append('\n');
        return out.toString();
    }

    private static void writeFields(StringBuilder out, Record record, int depth) {
        if (JsonWriter.isSealedVariantType(record.getClass()) && depth > 0) {
            indent(out, depth).append("Kind: ").append(Labels.humanize(record.getClass().getSimpleName()))
                    .append('\n');
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            writeField(out, Labels.humanize(component.getName()), JsonWriter.valueOf(record, component), depth);
        }
    }

    private static void writeField(StringBuilder out, String label, Object value, int depth) {
        if (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        if (value == null) {
            indent(out, depth).append(label).append(": (none)\n");
        } else if (value instanceof Record record && !isSimple(record)) {
            indent(out, depth).append(label).append(":\n");
            writeFields(out, record, depth + 1);
        } else if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                indent(out, depth).append(label).append(": (none)\n");
                return;
            }
            indent(out, depth).append(label).append(":\n");
            int n = 1;
            for (Object element : collection) {
                writeField(out, "[" + n++ + "]", element, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            indent(out, depth).append(label).append(":\n");
            map.forEach((key, element) -> writeField(out, String.valueOf(key), element, depth + 1));
        } else {
            String text = simpleText(value);
            if (text.contains("\n")) {
                indent(out, depth).append(label).append(":\n");
                for (String line : text.split("\n", -1)) {
                    indent(out, depth + 1).append(line).append('\n');
                }
            } else {
                indent(out, depth).append(label).append(": ").append(text).append('\n');
            }
        }
    }

    private static boolean isSimple(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        return components.length == 1 && components[0].getName().equals("value");
    }

    private static String simpleText(Object value) {
        if (value instanceof Record record) {
            return String.valueOf(JsonWriter.valueOf(record, record.getClass().getRecordComponents()[0]));
        }
        if (value instanceof Enum<?> constant) {
            return labelOf(constant).orElseGet(() -> Labels.humanize(constant.name()));
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof CharSequence text && text.length() == 0) {
            return "(empty)";
        }
        return String.valueOf(value);
    }

    /** The domain's own label of a constant ({@code X (Twitter)}), where its type has a public {@code label()}. */
    private static Optional<String> labelOf(Enum<?> constant) {
        try {
            Method label = constant.getDeclaringClass().getMethod("label");
            return label.getReturnType() == String.class && label.getParameterCount() == 0
                    ? Optional.ofNullable((String) label.invoke(constant)) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the label of " + constant, e);
        }
    }

    private static StringBuilder indent(StringBuilder out, int depth) {
        return out.append("  ".repeat(depth));
    }
}
