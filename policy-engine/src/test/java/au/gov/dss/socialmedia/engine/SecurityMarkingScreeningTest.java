package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.covered;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static au.gov.dss.socialmedia.engine.EngineFixture.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SecurityMarkingScreeningTest {

    private static List<String> markings(String text) {
        return covered(text, findings(screen(text, Channel.OFFICIAL_POST), Category.SECURITY_MARKING));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "OFFICIAL: Sensitive|OFFICIAL: Sensitive|OFFICIAL_SENSITIVE",
            "This brief is PROTECTED.|PROTECTED|PROTECTED",
            "[SEC=PROTECTED] Budget figures|PROTECTED|PROTECTED",
            "[SEC=OFFICIAL:Sensitive] notes|OFFICIAL:Sensitive|OFFICIAL_SENSITIVE",
            "TOP SECRET//AUSTEO|TOP SECRET|TOP_SECRET",
            "SECRET|SECRET|SECRET",
            "Marked Cabinet-in-Confidence until release|Cabinet-in-Confidence|CABINET",
            "For Official Use Only - do not forward|For Official Use Only|DLM",
            "Sensitive: Personal|Sensitive: Personal|DLM"})
    void protective_markings_and_caveats_are_security_markings(String text, String marking, String type) {
        List<String> all = markings(text);
        assertEquals(marking, all.get(0));
        assertEquals(type, findings(screen(text, Channel.OFFICIAL_POST), Category.SECURITY_MARKING).get(0).type());
    }

    @Test
    void caveats_are_markings_too() {
        assertEquals(List.of("TOP SECRET", "AUSTEO"), markings("TOP SECRET//AUSTEO"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vote in a secret ballot", "New protected bike lanes open", "The official launch is today",
            "Protected species live here", "It's no secret that we care", "Top secret recipe for scones",
            "THE OFFICIAL LAUNCH IS TODAY", "PROTECTED BIKE LANES", "The Cabinet met today",
            "sensitive personal information is handled with care", "In confidence, we can say"})
    void the_ordinary_words_are_not_markings(String text) {
        assertEquals(List.of(), markings(text));
    }

    @Test
    void a_classified_marking_blocks_an_official_post_and_a_bare_official_marking_calls_for_review() {
        assertEquals(Outcome.BLOCK, screen("PROTECTED", Channel.OFFICIAL_POST).outcome());
        assertEquals(Outcome.REVIEW, screen("OFFICIAL", Channel.OFFICIAL_POST).outcome());
    }
}
