package au.gov.dss.socialmedia.engine.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain Java values (maps, lists, strings, numbers, booleans and null) with Jackson's
 * streaming parser, refusing duplicate keys. Rule-set documents and lexicons are small; their values are then
 * checked field by field with messages that name the field and its line (each object is a {@link JsonObject} that
 * knows the line it starts on and the line of each of its keys). A document that is not JSON is refused with a
 * {@link JsonProcessingException} whose location names the line.
 */
public final class JsonValues {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonValues() {
    }

    /** A JSON object, in the order of its keys, that knows where in the document it and each of its keys are. */
    public static final class JsonObject extends LinkedHashMap<String, Object> {

        private static final long serialVersionUID = 1L;

        private final int line;
        private final HashMap<String, Integer> keyLines = new HashMap<>();

        JsonObject(int line) {
            this.line = line;
        }

        /** The line (from 1) the object starts on. */
        public int line() {
            return line;
        }

        /** The line of the key, or the object's own line for a key it does not have. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, line);
        }
    }

    /** The document's value: maps (in order), lists, strings, longs, doubles, booleans and null. */
    public static Object read(InputStream in) throws IOException {
        return read(FACTORY.createParser(in));
    }

    /** The value of a JSON text (one line of JSON Lines, say). */
    public static Object read(String json) throws IOException {
        return read(FACTORY.createParser(json));
    }

    private static Object read(JsonParser opened) throws IOException {
        try (JsonParser parser = opened) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IOException("the document is empty");
            }
            Object value = value(parser, first);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "unexpected content after the document");
            }
            return value;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                JsonObject map = new JsonObject(parser.currentTokenLocation().getLineNr());
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    if (map.containsKey(key)) {
                        throw new JsonParseException(parser, "the key \"" + key + "\" is given twice");
                    }
                    map.keyLines.put(key, parser.currentTokenLocation().getLineNr());
                    map.put(key, value(parser, parser.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(value(parser, t));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }
}
