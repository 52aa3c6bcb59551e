package au.gov.dss.socialmedia.admin.post.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.post.application.TextDiff.Change;
import au.gov.dss.socialmedia.admin.post.application.TextDiff.Part;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TextDiffTest {

    @Test
    void a_reviewer_sees_the_words_added_and_removed_since_the_last_review_in_reading_order() {
        assertEquals(List.of(new Part("Applications open on ", Change.SAME), new Part("Monday", Change.REMOVED),
                        new Part("Tuesday", Change.ADDED), new Part(" 9 March.", Change.SAME),
                        new Part(" Places are limited.", Change.ADDED)),
                TextDiff.between("Applications open on Monday 9 March.",
                        "Applications open on Tuesday 9 March. Places are limited."));
    }

    @Test
    void the_same_text_is_one_unchanged_part_and_every_word_of_the_old_and_new_text_is_kept() {
        assertEquals(List.of(new Part("Same words.", Change.SAME)), TextDiff.between("Same words.", "Same words."));
        List<Part> parts = TextDiff.between("one two three", "zero one three four");
        assertEquals("one two three", String.join("", parts.stream().filter(p -> p.change() != Change.ADDED)
                .map(Part::text).toList()));
        assertEquals("zero one three four", String.join("", parts.stream().filter(p -> p.change() != Change.REMOVED)
                .map(Part::text).toList()));
    }

    @Test
    void texts_too_long_to_compare_word_by_word_show_as_one_removal_and_one_addition() {
        String old = "word ".repeat(TextDiff.MOST_WORDS);
        assertEquals(List.of(new Part(old, Change.REMOVED), new Part("new", Change.ADDED)),
                TextDiff.between(old, "new"));
    }
}
