package au.gov.dss.socialmedia.records.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON (RFC 8259) into plain Java values with jackson-core's streaming parser: objects become
 * {@code LinkedHashMap<String, Object>} (in document order), arrays {@code ArrayList<Object>}, strings
 * {@code String}, numbers {@code BigDecimal}, and {@code true}/{@code false}/{@code null} themselves.
 * <p>
 * Strict, because the text comes from other systems (a CMIS server's answers): nesting deeper than
 * {@value #MAX_NESTING_DEPTH} levels, a leading zero ({@code 01}), a name given twice in one object, anything but
 * white space after the value, and every JSON extension (comments, single quotes, {@code NaN}) are refused with
 * an {@link IllegalArgumentException} that says what is wrong and where (character offset, line and column).
 */
public final class JsonReader {

    /**
     * The deepest nesting of objects and arrays accepted. CMIS browser-binding answers nest a few levels (a type
     * definition's property definitions, five); this bounds the work a hostile answer can ask for.
     */
    public static final int MAX_NESTING_DEPTH = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonReader() {
    }

    /** Parses one JSON value that makes up the whole text. */
    public static Object read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                JsonToken first = parser.nextToken();
                if (first == null) {
                    throw new IllegalArgumentException("malformed JSON: the text is empty");
                }
                Object value = value(parser, first);
                if (parser.nextToken() != null) {
                    throw new IllegalArgumentException("malformed JSON " + where(parser.currentTokenLocation())
                            + ": unexpected text after the value");
                }
                return value;
            } catch (JsonProcessingException e) {
                // A broken limit (nesting depth) has no location of its own: where the parser stopped is.
                JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new IllegalArgumentException("malformed JSON " + where(location) + ": "
                        + e.getOriginalMessage(), e);
            }
        } catch (IOException e) {
            // A String source cannot fail to be read; kept for the parser's checked signature.
            throw new IllegalArgumentException("malformed JSON: " + e.getMessage(), e);
        }
    }

    /** Parses a JSON object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> readObject(String text) {
        Object value = read(text);
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object, but the text is "
                    + (value instanceof List ? "an array" : value == null ? "null" : "a single value"));
        }
        return (Map<String, Object>) value;
    }

    /** Recursion is bounded: the parser refuses to open more than {@value #MAX_NESTING_DEPTH} levels. */
    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    map.put(name, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    list.add(value(parser, next));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return parser.getDecimalValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IllegalArgumentException("malformed JSON " + where(parser.currentTokenLocation())
                        + ": unexpected " + token);
        }
    }

    private static String where(JsonLocation location) {
        if (location == null) {
            return "(position unknown)";
        }
        return "at offset " + location.getCharOffset() + " (line " + location.getLineNr() + ", column "
                + location.getColumnNr() + ")";
    }
}
