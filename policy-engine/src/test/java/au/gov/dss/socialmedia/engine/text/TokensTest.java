package au.gov.dss.socialmedia.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokensTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We'll fix it|we will fix it",
            "Who're you?|who are you",
            "Ky's pay|ky 's pay",
            "I can't and won't|i can not and will not",
            "gonna kill|going to kill",
            "Margaret O'Neill|margaret oneill",
            "Café ch1nk|cafe chink",
            "shout-out to dss.gov.au|shout out to dss gov au"})
    void contractions_are_read_as_written_and_spelt_out(String text, String words) {
        assertEquals(words, Tokens.of(text).toString());
    }

    @Test
    void sentences_end_at_full_stops_but_not_inside_words_numbers_or_after_titles() {
        Tokens t = Tokens.of("Mr. Smith paid 12.5 dollars. Visit dss.gov.au! Then go");
        assertEquals("mr smith paid 12 5 dollars visit dss gov au then go", t.toString());
        assertEquals(0, t.sentence(5)); // dollars
        assertEquals(1, t.sentence(6)); // visit
        assertEquals(1, t.sentence(9)); // au
        assertEquals(2, t.sentence(t.size() - 1));
        assertTrue(t.startsSentence(6));
    }

    @Test
    void each_word_keeps_its_span_and_shape() {
        Tokens t = Tokens.of("Hi NDIS team");
        assertEquals("NDIS", "Hi NDIS team".substring(t.start(1), t.end(1)));
        assertEquals(Tokens.CAPITALISED, t.shape(0));
        assertEquals(Tokens.ALL_CAPITALS, t.shape(1));
        assertEquals(Tokens.LOWER, t.shape(2));
    }
}
