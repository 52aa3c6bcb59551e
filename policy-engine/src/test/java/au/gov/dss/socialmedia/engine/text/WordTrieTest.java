package au.gov.dss.socialmedia.engine.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WordTrieTest {

    private static List<String> matches(WordTrie trie, String text) {
        NormalisedText nt = TextNormaliser.normalise(text);
        List<String> out = new ArrayList<>();
        trie.match(nt, (start, end, term) -> out.add(term + ":" + text.substring(nt.from(start), nt.to(end - 1))));
        return out;
    }

    private static WordTrie trie(String... terms) {
        WordTrie.Builder builder = new WordTrie.Builder();
        for (String term : terms) {
            builder.add(TextNormaliser.normalise(term).toString());
        }
        return builder.build();
    }

    @Test
    void finds_terms_only_as_whole_words() {
        WordTrie trie = trie("cock", "hell", "ass");
        assertEquals(List.of(), matches(trie, "Cockermouth cocktail shellfish assess class"));
        assertEquals(List.of("0:Cock", "1:hell", "2:ass"), matches(trie, "Cock, hell; ass."));
    }

    @Test
    void finds_terms_of_several_words_across_any_separators() {
        WordTrie trie = trie("top secret", "secret", "for official use only");
        assertEquals(List.of("0:TOP  SECRET", "1:SECRET", "2:For Official-Use Only"),
                matches(trie, "TOP  SECRET and For Official-Use Only"));
    }

    @Test
    void reports_every_term_ending_at_the_same_place_longest_first() {
        WordTrie trie = trie("piece of shit", "shit", "shit");
        assertEquals(List.of("0:piece of shit", "1:shit", "2:shit"), matches(trie, "piece of shit"));
    }

    @Test
    void refuses_a_term_that_is_not_folded_and_trimmed() {
        WordTrie.Builder builder = new WordTrie.Builder();
        assertThrows(IllegalArgumentException.class, () -> builder.add(" a"));
        assertThrows(IllegalArgumentException.class, () -> builder.add("f?ck"));
    }

    @Test
    void folding_and_matching_in_one_pass_finds_exactly_what_folding_then_matching_finds() {
        WordTrie trie = trie("fuck", "shit", "top secret", "secret", "as", "1 in 5", "f", "dss", "a b c");
        String[] pieces = {"fuck", "f*ck", "sh1t", "Shiiit", " ", "  ", ", ", "TOP", "secret", "a$$", "1", "in",
                "5", "\u200B", "\uD83D\uDE00", "\uD835\uDC1F", "DSS", "a", "b", "c", "@", "'", "x"};
        java.util.Random random = new java.util.Random(42);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            List<String> separately = matches(trie, s);
            List<String> together = new ArrayList<>();
            NormalisedText nt = trie.foldAndMatch(s, (start, end, term) -> together.add(term + ":"
                    + s.substring(0, 0) + start + "-" + end));
            List<String> expected = new ArrayList<>();
            NormalisedText reference = TextNormaliser.normalise(s);
            trie.match(reference, (start, end, term) -> expected.add(term + ":" + start + "-" + end));
            assertEquals(expected, together, s);
            assertEquals(reference.toString(), nt.toString(), s);
            assertEquals(separately.size(), together.size(), s);
        }
    }

    @Test
    void an_empty_automaton_matches_nothing() {
        assertEquals(List.of(), matches(new WordTrie.Builder().build(), "anything at all"));
    }
}
