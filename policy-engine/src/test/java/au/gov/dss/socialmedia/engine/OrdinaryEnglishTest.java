package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.covered;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static au.gov.dss.socialmedia.engine.EngineFixture.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A small fixed regression set of ordinary English that was once hidden as offensive (the big runs over Debian's
 * fortunes, licences and word lists are tools/false-positives.sh, outside the default build).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrdinaryEnglishTest {

    private static List<String> hiddenAsOffensive(String text) {
        return covered(text, findings(screen(text, Channel.PUBLIC_COMMENT), Category.OFFENSIVE).stream()
                .filter(f -> f.severity() == Severity.BLOCK).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Carer Payment is open to members of the opposite sex.", "Plans for world domination.",
            "They drilled on the north slope of Alaska.", "Any Tom, Dick and Harry can apply.",
            "We trust you will pay in advance.", "Housework can kill you if done right.",
            "The dog was collared by the ranger.", "We kept a pig and two cows.", "Put the trash out on Tuesday.",
            "Vermin got into the shed.", "Is the Sex Discrimination Act relevant to my claim?",
            "Who're the people I should call?", "Ky's payment came through today.", "Mr Bonner was very helpful.",
            "I'll shoot you an email with the forms.", "That question should be taken out and shot down.",
            "We'll bury them today in the family plot.", "Cum laude graduates can apply for the scheme.",
            "We got a threesome of new kittens.", "Snowballing costs worry pensioners.",
            "Truly a chink in the armour.", "Mail me at jo at rost.abo.fi if you like.",
            "My grandson is a cheeky little monkey.", "He's a smart dog, our kelpie.",
            "I hope the day after you die is a nice day."})
    void ordinary_english_is_never_hidden_as_offensive(String text) {
        assertEquals(List.of(), hiddenAsOffensive(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"collared", "domination", "pig", "slope", "trash", "vermin", "Bonner", "who're", "Ky's",
            "cocktail", "Dickson", "Dick's", "Scunthorpe", "skeet", "bareback", "pegging", "retarding", "analysis"})
    void a_dictionary_word_or_a_name_on_its_own_is_not_hidden(String word) {
        assertEquals(List.of(), hiddenAsOffensive(word));
    }

    @Test
    void a_word_offensive_in_one_sense_and_innocent_in_another_is_at_most_a_warning() {
        assertNotEquals(Outcome.BLOCK, screen("that cock crowed at dawn", Channel.OFFICIAL_POST).outcome());
        assertNotEquals(Outcome.BLOCK, screen("the opposite sex", Channel.OFFICIAL_POST).outcome());
        assertEquals(Outcome.PASS, screen("the opposite sex", Channel.PUBLIC_COMMENT).outcome());
    }

    @Test
    void the_same_word_aimed_at_a_person_is_harassment() {
        String text = "Peter Dutton is a racist pig";
        assertEquals(List.of(text), covered(text, findings(screen(text, Channel.PUBLIC_COMMENT), Category.OFFENSIVE,
                "HARASSMENT")));
    }
}
