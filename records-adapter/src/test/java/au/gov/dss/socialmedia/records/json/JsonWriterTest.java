package au.gov.dss.socialmedia.records.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.comment.CommentEvent;
import au.gov.dss.socialmedia.domain.post.PostEvent;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonWriterTest {

    record Pair(String name, Optional<Integer> count) {
    }

    @Test
    void text_is_escaped_so_that_a_json_reader_gets_it_back_exactly() {
        String tricky = "quote \" backslash \\ newline \n tab \t bell \u0007 emoji \uD83D\uDE00 line-sep \u2028";
        String json = JsonWriter.write(new Pair(tricky, Optional.of(3)));
        Map<String, Object> read = JsonReader.readObject(json);
        assertEquals(tricky, read.get("name"));
        assertEquals(new BigDecimal(3), read.get("count"));
        assertTrue(json.contains("\\u0007"), json);
    }

    @Test
    void an_empty_optional_is_null_and_components_keep_their_declaration_order() {
        assertEquals("{\"name\":\"a\",\"count\":null}", JsonWriter.write(new Pair("a", Optional.empty())));
    }

    @Test
    void sets_are_written_sorted_so_the_same_event_always_gives_the_same_bytes() {
        Set<String> one = new LinkedHashSet<>(List.of("b", "a", "c"));
        Set<String> other = new LinkedHashSet<>(List.of("c", "b", "a"));
        assertEquals(JsonWriter.write(one), JsonWriter.write(other));
        assertEquals("[\"a\",\"b\",\"c\"]", JsonWriter.write(one));
    }

    @Test
    void an_event_carries_its_type_typed_ids_are_plain_values_and_clauses_their_stable_ids() {
        PostEvent.PostPublished event = SampleEvents.postPublished();
        Map<String, Object> json = JsonReader.readObject(JsonWriter.write(event));
        assertEquals("PostPublished", json.get("@type"));
        assertEquals(event.postId().toString(), json.get("postId"));
        assertEquals("E104233", json.get("actor"));
        assertEquals(event.occurredAt().toString(), json.get("occurredAt"));
        @SuppressWarnings("unchecked")
        Map<String, Object> assessment = (Map<String, Object>) json.get("assessment");
        @SuppressWarnings("unchecked")
        Map<String, Object> finding = ((List<Map<String, Object>>) assessment.get("findings")).get(0);
        assertEquals("principle.accuracy", finding.get("clause"));
        assertEquals("INFO", finding.get("severity"));
    }

    @Test
    void a_variant_of_a_sealed_value_is_named_so_the_decision_is_not_lost() {
        CommentEvent.CommentModerated event = SampleEvents.commentSwitchedChannel();
        Map<String, Object> json = JsonReader.readObject(JsonWriter.write(event));
        @SuppressWarnings("unchecked")
        Map<String, Object> decision = (Map<String, Object>) json.get("decision");
        assertEquals("SwitchChannel", decision.get("@type"));
        assertEquals("TELEPHONE", decision.get("channel"));
        assertEquals(null, json.get("assessment"));
    }

    @Test
    void the_same_event_written_twice_gives_identical_json() {
        var event = SampleEvents.authorisationGranted();
        assertEquals(JsonWriter.write(event), JsonWriter.write(event));
    }

    @Test
    void a_value_of_an_unknown_kind_is_refused_with_its_type_named() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> JsonWriter.write(new Object()));
        assertTrue(refused.getMessage().contains("java.lang.Object"), refused.getMessage());
    }
}
