package au.gov.dss.socialmedia.records.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonReaderTest {

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> JsonReader.read(json)).getMessage();
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void objects_keep_their_order_numbers_are_decimals_and_escapes_are_decoded() {
        Map<String, Object> read = JsonReader.readObject(
                "{\"b\": [1, -2.50, 3e2], \"a\": {\"x\": null, \"y\": true}, \"s\": \"\\u00e9\\ud83d\\ude00\\n\"}");
        assertEquals(List.of("b", "a", "s"), List.copyOf(read.keySet()));
        assertEquals(List.of(new BigDecimal("1"), new BigDecimal("-2.50"), new BigDecimal("3e2")), read.get("b"));
        assertEquals(true, ((Map<?, ?>) read.get("a")).get("y"));
        assertTrue(((Map<?, ?>) read.get("a")).containsKey("x"));
        assertEquals("\u00e9\uD83D\uDE00\n", read.get("s"));
    }

    @Test
    void malformed_json_is_refused_with_where_it_goes_wrong() {
        String refused = refusal("{\"a\": [1, 2}");
        assertTrue(refused.startsWith("malformed JSON at offset 11 (line 1, column 12): "), refused);
        assertTrue(refused.contains("Unexpected close marker '}'"), refused);
    }

    @Test
    void nesting_up_to_the_limit_is_read_and_one_level_more_is_refused() {
        assertEquals(1, ((List<?>) JsonReader.read(nested(JsonReader.MAX_NESTING_DEPTH))).size());
        String refused = refusal(nested(JsonReader.MAX_NESTING_DEPTH + 1));
        assertTrue(refused.contains("nesting depth (101) exceeds the maximum allowed (100"), refused);
    }

    @Test
    void a_hundred_thousand_open_brackets_are_refused_without_a_stack_overflow() {
        String refused = refusal("[".repeat(100_000));
        assertTrue(refused.contains("nesting depth"), refused);
        assertTrue(refused.contains("at offset 101 (line 1, column 102)"), refused);
    }

    @Test
    void a_number_with_a_leading_zero_is_refused() {
        String refused = refusal("{\"count\": 01}");
        assertTrue(refused.contains("Leading zeroes not allowed"), refused);
        assertTrue(refused.contains("line 1"), refused);
        assertTrue(refusal("-007").contains("Leading zeroes not allowed"));
    }

    @Test
    void text_after_the_value_is_refused() {
        assertTrue(refusal("{\"a\": 1} {\"b\": 2}").contains("at offset 9 (line 1, column 10): unexpected text"
                + " after the value"), refusal("{\"a\": 1} {\"b\": 2}"));
        assertTrue(refusal("{\"a\": 1}x").contains("Unrecognized token 'x'"), refusal("{\"a\": 1}x"));
    }

    @Test
    void a_name_given_twice_in_one_object_is_refused() {
        String refused = refusal("{\"cmis:objectId\": \"a\", \"cmis:objectId\": \"b\"}");
        assertTrue(refused.contains("Duplicate field 'cmis:objectId'"), refused);
    }

    @Test
    void extensions_of_json_are_refused() {
        assertTrue(refusal("{\"a\": 1 /* note */}").contains("comment"), refusal("{\"a\": 1 /* note */}"));
        assertTrue(refusal("{'a': 1}").contains("Unexpected character ('''"), refusal("{'a': 1}"));
        assertTrue(refusal("[NaN]").contains("Non-standard token 'NaN'"), refusal("[NaN]"));
        assertTrue(refusal("[1,]").contains("Unexpected character (']'"), refusal("[1,]"));
    }

    @Test
    void an_empty_text_is_refused() {
        assertEquals("malformed JSON: the text is empty", refusal("  "));
    }

    @Test
    void an_object_is_expected_where_one_is_asked_for() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> JsonReader.readObject("[{}]"));
        assertEquals("expected a JSON object, but the text is an array", refused.getMessage());
    }
}
