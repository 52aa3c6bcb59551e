package au.gov.dss.socialmedia.engine.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MorphologyTest {

    @Test
    void a_noun_lemma_gives_its_plural_following_english_spelling() {
        assertEquals(Set.of("cunt", "cunts"), Morphology.nounForms("cunt"));
        assertEquals(Set.of("bitch", "bitches"), Morphology.nounForms("bitch"));
        assertEquals(Set.of("pansy", "pansies"), Morphology.nounForms("pansy"));
    }

    @Test
    void a_verb_lemma_gives_its_inflections_doubling_a_final_consonant_both_ways() {
        Set<String> forms = Morphology.verbForms("shit");
        assertTrue(forms.containsAll(List.of("shits", "shitting", "shiting", "shitted", "shitty", "shitter")), forms::toString);
        assertTrue(Morphology.verbForms("whore").containsAll(List.of("whored", "whoring", "whores")));
    }

    @Test
    void compounds_and_spelling_variants_come_from_the_rule_sets_word_classes() {
        Set<String> forms = Morphology.offensiveForms("fuck++", List.of("mother"), List.of("wit"),
                List.of("ck>k", "u>v"));
        assertTrue(forms.containsAll(List.of("motherfucking", "fuckwits", "fuk", "fukwit", "fvcking")), forms::toString);
        assertFalse(forms.contains("motherfvck"), "prefixes join the lemma as written only");
        assertEquals(Set.of("kraut", "krauts"), Morphology.offensiveForms("kraut+", List.of(), List.of(),
                List.of("u>")), "variants apply to verb lemmas only");
    }

    @Test
    void a_phrase_gives_every_combination_of_its_words_forms() {
        assertEquals(List.of("kill you", "kills you", "killing you", "killin you", "killed you", "killer you",
                "killers you", "killy you"), Morphology.phraseForms("kill++ you"));
    }
}
