package au.gov.dss.socialmedia.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hello, World!|helo world",
            "  leading and trailing  |leading and trailing",
            "Café crème|cafe creme",
            "don't|dont",
            "sh1t b!tch $hit a$$ @ss|shit bitch shit as as",
            "f*ck f**king|f?ck f??king",
            "10am 3rd 1st 0412 345 678|10am 3rd 1st 0412 345 678",
            "**bold** 5* rating|bold 5 rating",
            "ＡＢＣ ｆｕｃｋ|abc fuck",
            "Straße|strase",
            "TOP-SECRET//AUSTEO|top secret austeo"})
    void folds_case_accents_disguises_and_separators(String text, String folded) {
        assertEquals(folded, TextNormaliser.normalise(text).toString());
    }

    @Test
    void a_run_of_one_letter_is_folded_to_one_character_with_its_length() {
        NormalisedText nt = TextNormaliser.normalise("fuuuck ass");
        assertEquals("fuck as", nt.toString());
        assertEquals(3, nt.run(1));
        assertEquals(2, nt.run(6));
    }

    @Test
    void every_folded_character_maps_back_to_the_characters_it_stands_for() {
        String text = "a\u0301\u200Bb \uD83D\uDE00 \uD835\uDC1F!";
        NormalisedText nt = TextNormaliser.normalise(text);
        assertEquals("ab f", nt.toString());
        assertEquals(0, nt.from(0));
        assertEquals(3, nt.to(0)); // a, combining acute and zero-width space
        assertEquals(3, nt.from(1));
        assertEquals(4, nt.to(1));
        assertEquals(8, nt.from(3)); // mathematical bold f, a surrogate pair
        assertEquals(10, nt.to(3));
    }

    @Test
    void an_at_sign_between_word_characters_is_a_candidate_email_address_not_a_letter() {
        NormalisedText nt = TextNormaliser.normalise("jo@example.com");
        assertEquals("jo example com", nt.toString());
        assertEquals(1, nt.atSignCount());
        assertEquals(2, nt.atSign(0));
    }

    @Test
    void flags_digits_and_masks() {
        assertTrue(TextNormaliser.normalise("call 5").hasDigit());
        assertFalse(TextNormaliser.normalise("call me").hasDigit());
        assertTrue(TextNormaliser.normalise("f*ck").hasMask());
        assertFalse(TextNormaliser.normalise("* note").hasMask());
    }

    @Test
    void a_lone_surrogate_is_a_separator_and_never_breaks_folding() {
        assertEquals("a b", TextNormaliser.normalise("a\uD800b").toString());
        assertEquals("a b", TextNormaliser.normalise("a\uDC00b").toString());
        assertEquals("a", TextNormaliser.normalise("a\uD800").toString());
    }
}
