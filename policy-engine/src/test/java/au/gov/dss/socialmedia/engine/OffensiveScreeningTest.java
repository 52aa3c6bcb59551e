package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.covered;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static au.gov.dss.socialmedia.engine.EngineFixture.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OffensiveScreeningTest {

    private static List<String> offensive(String text) {
        return covered(text, findings(screen(text, Channel.OFFICIAL_POST), Category.OFFENSIVE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what the fuck is this|fuck",
            "What The FUCK|FUCK",
            "this is bullshit mate|bullshit",
            "you f*ck off|f*ck",
            "total f**king joke|f**king",
            "sh1t service|sh1t",
            "$hit service|$hit",
            "b!tch please|b!tch",
            "fuuuuuck off|fuuuuuck",
            "shiiit happens|shiiit",
            "ｆｕｃｋ this|ｆｕｃｋ",
            "\u0441unt|\u0441unt"})
    void obscene_words_and_their_disguised_spellings_are_offensive(String text, String word) {
        assertEquals(List.of(word), offensive(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a motherfucking joke|motherfucking",
            "a bunch of cocksuckers|cocksuckers",
            "you fuckwits|fuckwits",
            "absolute bullshitting|bullshitting",
            "what a shitshow|shitshow",
            "fvck you|fvck",
            "phuck the lot of you|phuck",
            "fuk this app|fuk",
            "go get fcked|fcked",
            "what a bunch of fukwits|fukwits",
            "these motherf*ckers|motherf*ckers",
            "that bastard's letter|bastard's"})
    void inflections_compounds_and_spellings_of_a_listed_word_are_found_from_its_lemma(String text, String word) {
        assertEquals(List.of(word), offensive(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "f u c k i n g useless|f u c k i n g",
            "F.U.C.K this|F.U.C.K",
            "s.h.i.t service|s.h.i.t",
            "get stuffed you c.u.n.t.s|c.u.n.t.s"})
    void a_word_spelt_one_letter_at_a_time_is_found(String text, String word) {
        assertEquals(List.of(word), offensive(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Someone should shoot the minister|Someone should shoot the minister",
            "I'll burn your office to the ground|I'll burn your office",
            "The minister should be shot for this|should be shot",
            "Cut my payment again and I will break your legs|I will break your legs",
            "gonna kill every last one of you|gonna kill every last one of you"})
    void a_threat_of_violence_is_found_from_the_sentence_without_a_listed_phrase(String text, String threat) {
        List<Finding> found = findings(screen(text, Channel.PUBLIC_COMMENT), Category.OFFENSIVE, "THREAT");
        assertEquals(List.of(threat), covered(text, found));
        assertEquals(Outcome.BLOCK, screen(text, Channel.PUBLIC_COMMENT).outcome());
    }

    @Test
    void abuse_aimed_at_a_named_person_is_harassment_and_an_accusation_of_crime_is_defamatory() {
        String abuse = "Karen at the Tamworth office is a lazy stupid cow";
        assertEquals(List.of(abuse), covered(abuse, findings(screen(abuse, Channel.PUBLIC_COMMENT),
                Category.OFFENSIVE, "HARASSMENT")));
        String accusation = "That Sarah Jones from the NDIA is a corrupt thief";
        assertEquals(List.of("Sarah Jones from the NDIA is a corrupt thief"), covered(accusation,
                findings(screen(accusation, Channel.PUBLIC_COMMENT), Category.OFFENSIVE, "DEFAMATORY")));
    }

    @Test
    void look_alike_letters_from_other_scripts_are_folded() {
        // Cyrillic u (U+0443 is y; use U+0455 for s and U+0456 for i)
        String text = "\u0455h\u0456t";
        assertEquals(List.of(text), offensive(text));
    }

    @Test
    void zero_width_characters_inside_a_word_do_not_hide_it_and_the_span_covers_them() {
        String text = "what the fu\u200Bck";
        assertEquals(List.of("fu\u200Bck"), offensive(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cockermouth", "Arsenal won", "a cocktail party", "the buttress", "Cumbria",
            "shellfish allergy", "Scunthorpe United", "Essex and Sussex", "Penistone", "a peacock",
            "the class assessment", "Dick Smith Electronics", "the grape harvest", "therapist", "cumulative",
            "we assess passes", "Hancock", "spicy food", "classic"})
    void place_names_surnames_and_ordinary_words_containing_an_offensive_string_are_not_offensive(String text) {
        assertEquals(List.of(), offensive(text));
    }

    @Test
    void a_doubled_letter_does_not_turn_an_ordinary_word_into_an_offensive_one() {
        // "as" is not "ass", "bob" is not "boob", "con" is not "coon"
        assertEquals(List.of(), offensive("as Bob said, it is a con"));
    }

    @Test
    void threats_are_offensive_and_typed_as_threats() {
        ScreeningResult result = screen("I know where you live and I will kill you", Channel.PUBLIC_COMMENT);
        List<Finding> threats = findings(result, Category.OFFENSIVE, "THREAT");
        assertEquals(2, threats.size());
        assertEquals(Outcome.BLOCK, result.outcome());
    }

    @Test
    void hateful_and_discriminatory_words_are_offensive() {
        String text = "go back to where you came from";
        assertEquals(List.of(text), covered(text, findings(screen(text, Channel.OFFICIAL_POST),
                Category.OFFENSIVE, "DISCRIMINATORY")));
    }

    @Test
    void derogatory_words_about_welfare_recipients_are_offensive_in_a_personal_post_citing_the_personal_clause() {
        ScreeningResult result = screen("bloody dole bludgers the lot of them", Channel.PERSONAL_POST);
        Finding finding = findings(result, Category.OFFENSIVE, "ABUSIVE").get(0);
        assertEquals(PolicyClause.PERSONAL_NOT_OFFENSIVE, finding.clause());
        assertEquals(Severity.WARN, finding.severity());
        assertFalse(result.outcome() == Outcome.BLOCK);
    }

    @Test
    void mild_words_only_call_for_review_in_an_official_post_and_inform_on_a_comment() {
        assertEquals(Outcome.REVIEW, screen("bloody hell", Channel.OFFICIAL_POST).outcome());
        assertEquals(Outcome.PASS, screen("bloody hell", Channel.PUBLIC_COMMENT).outcome());
    }

    @Test
    void a_phrase_and_the_word_inside_it_are_reported_once() {
        String text = "a piece of shit";
        List<Finding> found = findings(screen(text, Channel.OFFICIAL_POST), Category.OFFENSIVE);
        assertEquals(List.of("piece of shit"), covered(text, found));
    }

    @Test
    void words_a_social_services_department_uses_in_earnest_are_not_offensive() {
        assertEquals(List.of(), offensive("Support for survivors of rape and incest: call 1800RESPECT"));
    }

    @Test
    void offensive_content_blocks_an_official_post_citing_respect() {
        ScreeningResult result = screen("what a load of bullshit", Channel.OFFICIAL_POST);
        assertEquals(Outcome.BLOCK, result.outcome());
        assertEquals(PolicyClause.PRINCIPLE_RESPECT, result.findings().get(0).clause());
    }
}
