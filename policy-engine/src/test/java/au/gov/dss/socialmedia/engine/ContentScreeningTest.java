package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.covered;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static au.gov.dss.socialmedia.engine.EngineFixture.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Endorsement, political, commitment, opinion, other business area and uncited claims, by channel. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ContentScreeningTest {

    private static List<String> found(String text, Category category) {
        return covered(text, findings(screen(text, Channel.OFFICIAL_POST), category));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We recommend Acme Care for home help|We recommend Acme Care",
            "Acme Care is the best provider in town|Acme Care is the best",
            "Don't use Brand X, it is a scam|Don't use Brand X"})
    void endorsing_or_judging_a_provider_is_an_endorsement(String text, String phrase) {
        assertEquals(phrase, found(text, Category.ENDORSEMENT).get(0));
        Finding finding = findings(screen(text, Channel.OFFICIAL_POST), Category.ENDORSEMENT).get(0);
        assertEquals(PolicyClause.OFFICIAL_COMMENT_NO_ENDORSEMENT, finding.clause());
    }

    @Test
    void describing_providers_neutrally_is_not_an_endorsement() {
        assertEquals(List.of(), found("A list of approved providers is on our website.", Category.ENDORSEMENT));
    }

    @Test
    void a_member_of_the_public_may_endorse_a_provider_in_a_comment() {
        assertEquals(List.of(), findings(screen("We recommend Acme, best provider ever", Channel.PUBLIC_COMMENT),
                Category.ENDORSEMENT));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vote for the Greens at the next election|Vote for the Greens",
            "This is a failed policy of the Labor Party|failed policy of the Labor Party",
            "The minister is a liar and a corrupt minister|The minister is a liar and a corrupt"})
    void advocating_or_criticising_policies_or_parties_is_political(String text, String phrase) {
        assertEquals(phrase, found(text, Category.POLITICAL).get(0));
    }

    @Test
    void explaining_a_government_programme_is_not_political() {
        assertEquals(List.of(), found("The Australian Government provides Carer Payment to eligible carers.",
                Category.POLITICAL));
    }

    @Test
    void harsh_criticism_in_a_personal_post_raises_the_impartiality_clause() {
        Finding finding = findings(screen("Honestly the government is incompetent", Channel.PERSONAL_POST),
                Category.POLITICAL).get(0);
        assertEquals(PolicyClause.PERSONAL_NOT_HARSH_CRITICISM, finding.clause());
        assertEquals(Severity.WARN, finding.severity());
    }

    @Test
    void a_promise_on_the_departments_behalf_is_a_commitment() {
        assertEquals(List.of("We guarantee"), found("We guarantee a reply from a case officer", Category.COMMITMENT));
    }

    @Test
    void stating_how_to_apply_is_not_a_commitment() {
        assertEquals(List.of(), found("You can apply online through myGov.", Category.COMMITMENT));
    }

    @Test
    void a_personal_post_that_could_be_read_as_made_on_behalf_of_the_department_is_flagged() {
        String text = "Speaking for DSS, we at DSS think otherwise";
        List<Finding> found = findings(screen(text, Channel.PERSONAL_POST), Category.COMMITMENT, "ON_BEHALF");
        assertEquals(List.of("Speaking for DSS", "we at DSS"), covered(text, found));
        assertEquals(PolicyClause.PERSONAL_NOT_ON_BEHALF, found.get(0).clause());
    }

    @Test
    void personal_opinion_is_flagged_in_an_official_post_but_not_in_a_personal_one() {
        assertEquals(List.of("In my opinion"), found("In my opinion the forms are easy", Category.PERSONAL_OPINION));
        assertEquals(List.of(), findings(screen("In my opinion the forms are easy", Channel.PERSONAL_POST),
                Category.PERSONAL_OPINION));
    }

    @Test
    void speaking_for_another_business_area_is_flagged() {
        assertEquals(List.of("the payments team, they will"),
                found("Ask the payments team, they will backdate it", Category.OTHER_BUSINESS_AREA));
    }

    @Test
    void a_statistic_without_a_source_is_an_uncited_claim_that_calls_for_review() {
        String text = "Research shows 45% of carers are women.";
        ScreeningResult result = screen(text, Channel.OFFICIAL_POST);
        assertEquals(List.of("Research shows", "45%"), covered(text, findings(result, Category.UNCITED_CLAIM)));
        assertEquals(Outcome.REVIEW, result.outcome());
        assertTrue(findings(result, Category.UNCITED_CLAIM).stream().allMatch(f -> f.severity() == Severity.WARN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"45% of carers are women (source: ABS 2021 census).",
            "According to the AIHW, 1 in 5 Australians has a disability.",
            "Research shows it works: https://www.dss.gov.au/report"})
    void a_claim_with_a_source_is_not_an_uncited_claim(String text) {
        assertEquals(List.of(), found(text, Category.UNCITED_CLAIM));
    }

    @Test
    void a_personal_post_mentioning_work_without_saying_the_views_are_ones_own_is_flagged() {
        String text = "Proud of the work we do at DSS";
        List<Finding> found = findings(screen(text, Channel.PERSONAL_POST), Category.PERSONAL_OPINION,
                "VIEWS_NOT_MARKED_OWN");
        assertEquals(List.of("DSS"), covered(text, found));
        assertEquals(PolicyClause.PERSONAL_VIEWS_OWN, found.get(0).clause());
        assertEquals(List.of(), findings(screen(text + ". Views are my own.", Channel.PERSONAL_POST),
                Category.PERSONAL_OPINION));
    }

    @Test
    void an_ordinary_official_post_passes() {
        ScreeningResult result = screen("Carer Payment helps people who provide constant care. Find out if you are"
                + " eligible at servicesaustralia.gov.au or call 132 717.", Channel.OFFICIAL_POST);
        assertEquals(List.of(), result.findings());
        assertEquals(Outcome.PASS, result.outcome());
    }
}
