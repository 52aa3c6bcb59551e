package au.gov.dss.socialmedia.engine.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.gov.dss.socialmedia.engine.rules.RuleSetException;
import au.gov.dss.socialmedia.engine.text.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SentencePatternTest {

    private static final Map<String, SentencePattern.Phrases> CLASSES = Map.of(
            "we", SentencePattern.phrases(List.of("we", "our team")),
            "will", SentencePattern.phrases(List.of("will", "are going to")),
            "deadline", SentencePattern.phrases(List.of("by friday", "within", "today")),
            "not-names", SentencePattern.phrases(List.of("the", "we")),
            "organisation-words", SentencePattern.phrases(List.of("care")),
            "public-bodies", SentencePattern.phrases(List.of("services australia")));

    private static String first(String pattern, String text) {
        SentencePattern p = SentencePattern.compile(pattern, CLASSES, "TEST");
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size(); i++) {
            int end = p.matchAt(t, i, t.size());
            if (end > i) {
                return text.substring(t.start(i), t.end(end - 1));
            }
        }
        return null;
    }

    @Test
    void word_classes_gaps_and_lemmas_match_across_the_words_of_a_sentence() {
        assertEquals("we'll have your claim sorted by Friday",
                first("<we> <will> ... <deadline>", "Don't worry, we'll have your claim sorted by Friday."));
        assertEquals("recommended Acme Care", first("recommend++ <PROVIDER>", "We recommended Acme Care."));
    }

    @Test
    void a_gap_never_skips_a_negation_or_a_condition() {
        assertEquals(null, first("<we> <will> ... <deadline>", "We will not pay today."));
        assertEquals(null, first("<we> <will> ... <deadline>", "We will pay if eligible today."));
    }

    @Test
    void a_name_is_capitalised_words_and_a_person_is_a_name_without_organisation_words() {
        assertEquals("Karen is", first("<PERSON> is", "Karen is here"));
        assertEquals(null, first("<PERSON> is", "Acme Care is here"));
        assertEquals("Acme Care is", first("<NAME> is", "Acme Care is here"));
        assertEquals(null, first("<PROVIDER> is", "Services Australia is here"));
    }

    @Test
    void a_pattern_naming_an_unknown_word_class_is_refused() {
        assertThrows(RuleSetException.class, () -> SentencePattern.compile("<nope> x", CLASSES, "TEST"));
    }
}
