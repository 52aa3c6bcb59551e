package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.CLOCK;
import static au.gov.dss.socialmedia.engine.EngineFixture.NOW;
import static au.gov.dss.socialmedia.engine.EngineFixture.covered;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static au.gov.dss.socialmedia.engine.EngineFixture.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.engine.rules.DetectorKind;
import au.gov.dss.socialmedia.engine.rules.Rule;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplianceEngineTest {

    private static final RuleSet V1 = RuleSet.defaults();
    private static final Rule FROBNICATE = new Rule("OFF-FROB", Category.OFFENSIVE, "PROFANITY", DetectorKind.LEXICON,
            Map.of(Channel.OFFICIAL_POST, Severity.BLOCK), Map.of(Channel.OFFICIAL_POST, PolicyClause.PRINCIPLE_RESPECT),
            Map.of(Channel.OFFICIAL_POST, "Remove it."), List.of(Term.of("frobnicate")), List.of());
    private static final RuleSet V2 = V1.withRule(FROBNICATE, new PolicyVersion("2027.01-1"), LocalDate.of(2027, 1, 1));

    @Test
    void the_assessment_names_the_version_the_time_and_the_digest_of_the_text() {
        String text = "Hello carers";
        ScreeningResult result = screen(text, Channel.OFFICIAL_POST);
        assertEquals(new PolicyVersion("2026.12-1"), result.policyVersion());
        assertEquals(NOW, result.assessment().assessedAt());
        assertEquals(ContentDigest.of(text), result.assessment().contentDigest());
        assertEquals(Channel.OFFICIAL_POST, result.channel());
    }

    @Test
    void each_version_screens_from_the_day_it_takes_effect_and_results_name_it() {
        ComplianceEngine engine = ComplianceEngine.of(CLOCK, V2, V1);
        ScreeningRequest request = ScreeningRequest.of("do not frobnicate", Channel.OFFICIAL_POST);

        ScreeningResult today = engine.screen(request);
        ScreeningResult before = engine.screenAsAt(request, LocalDate.of(2026, 12, 31));
        ScreeningResult after = engine.screenAsAt(request, LocalDate.of(2027, 1, 1));

        assertEquals("2026.12-1", today.policyVersion().value());
        assertEquals(List.of(), before.findings());
        assertEquals("2027.01-1", after.policyVersion().value());
        assertEquals(List.of("frobnicate"), covered(request.text(), after.findings()));
    }

    @Test
    void screening_as_at_a_date_before_any_version_is_refused() {
        ComplianceEngine engine = ComplianceEngine.of(CLOCK, V1);
        NoRuleSetInForceException e = assertThrows(NoRuleSetInForceException.class,
                () -> engine.screenAsAt(ScreeningRequest.of("x", Channel.OFFICIAL_POST), LocalDate.of(2010, 1, 1)));
        assertTrue(e.getMessage().contains("2014-12-01"), e.getMessage());
    }

    @Test
    void two_versions_taking_effect_the_same_day_are_refused() {
        RuleSet same = V1.withRule(FROBNICATE, new PolicyVersion("other"), V1.effectiveFrom());
        assertThrows(IllegalArgumentException.class, () -> ComplianceEngine.of(CLOCK, V1, same));
    }

    @Test
    void findings_are_in_the_order_of_their_spans() {
        String text = "shit, call 0412 345 678, PROTECTED, my TFN 123 456 782";
        List<Finding> found = screen(text, Channel.OFFICIAL_POST).findings();
        List<Integer> starts = new ArrayList<>();
        found.forEach(f -> starts.add(f.span().start()));
        List<Integer> sorted = new ArrayList<>(starts);
        sorted.sort(Integer::compare);
        assertEquals(sorted, starts);
        assertEquals(List.of(Category.OFFENSIVE, Category.PERSONAL_DETAILS, Category.SECURITY_MARKING,
                Category.PERSONAL_DETAILS), found.stream().map(Finding::category).collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void spans_are_string_indices_into_the_text_as_received_with_emoji_combining_marks_and_zero_width_characters() {
        String text = "\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD Cafe\u0301 \u200B\u200Dfu\u0301ck! "
                + "\uD83C\uDDE6\uD83C\uDDFA call 0412\u00A0345\u00A0678 \uD83D\uDE4F";
        ScreeningResult result = screen(text, Channel.OFFICIAL_POST);
        assertEquals(List.of("fu\u0301ck"), covered(text, findings(result, Category.OFFENSIVE)));
        assertEquals(List.of("0412\u00A0345\u00A0678"), covered(text, findings(result, Category.PERSONAL_DETAILS)));
    }

    @Test
    void the_engine_is_safe_to_share_between_threads() throws Exception {
        ComplianceEngine engine = EngineFixture.engine();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                futures.add(pool.submit(() -> {
                    int count = 0;
                    for (int i = 0; i < 500; i++) {
                        count += engine.screen(ScreeningRequest.of("you shit, TFN 123 456 782 #" + i,
                                Channel.OFFICIAL_POST)).findings().size();
                    }
                    return count;
                }));
            }
            for (Future<Integer> f : futures) {
                assertEquals(1000, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
