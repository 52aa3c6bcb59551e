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
    void reports_every_term_ending_at_the_same_place_and_nested_terms() {
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
    void an_empty_automaton_matches_nothing() {
        assertEquals(List.of(), matches(new WordTrie.Builder().build(), "anything at all"));
    }
}
