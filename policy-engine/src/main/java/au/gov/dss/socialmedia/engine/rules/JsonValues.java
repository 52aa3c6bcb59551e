package au.gov.dss.socialmedia.engine.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain Java values (maps, lists, strings, numbers, booleans and null) with Jackson's
 * streaming parser, refusing duplicate keys. Rule-set documents and lexicons are small; their values are then
 * checked field by field with messages that name the field.
 */
public final class JsonValues {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonValues() {
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
                throw new IOException("unexpected content after the document at " + parser.currentLocation());
            }
            return value;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    if (map.containsKey(key)) {
                        throw new IOException("the key \"" + key + "\" is given twice at " + parser.currentLocation());
                    }
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
                throw new IOException("unexpected " + token + " at " + parser.currentLocation());
        }
    }
}
