package au.gov.dss.socialmedia.domain.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplianceAssessmentTest {

    private static Finding finding(Severity severity) {
        return new Finding(Category.POLITICAL, null, severity, new Span(0, 3), "political.advocacy",
                PolicyClause.PRINCIPLE_IMPARTIALITY, "Rephrase impartially");
    }

    @Test
    void an_assessment_without_findings_passes() {
        assertEquals(Outcome.PASS, AssessmentFixture.clean("Hello").outcome());
    }

    @Test
    void only_info_findings_still_pass() {
        assertEquals(Outcome.PASS, Outcome.of(List.of(finding(Severity.INFO))));
    }

    @Test
    void warnings_without_blocks_call_for_review() {
        assertEquals(Outcome.REVIEW, Outcome.of(List.of(finding(Severity.INFO), finding(Severity.WARN))));
    }

    @Test
    void one_blocking_finding_blocks_whatever_else_was_found() {
        assertEquals(Outcome.BLOCK, Outcome.of(List.of(finding(Severity.WARN), finding(Severity.BLOCK),
                finding(Severity.INFO))));
    }

    @Test
    void an_assessment_is_bound_to_the_exact_content_it_assessed() {
        ComplianceAssessment assessment = AssessmentFixture.clean("Applications open Monday.");
        assertTrue(assessment.assesses(ContentDigest.of("Applications open Monday.")));
        assertFalse(assessment.assesses(ContentDigest.of("Applications open Tuesday.")));
    }

    @Test
    void a_span_cannot_end_before_it_starts_or_start_before_the_text() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 4));
        assertEquals("ell", new Span(1, 4).of("hello"));
    }

    @Test
    void a_finding_without_advice_is_refused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Finding(Category.OFFENSIVE,
                null, Severity.BLOCK, new Span(0, 1), "offensive.term", PolicyClause.PRINCIPLE_RESPECT, "  "));
        assertTrue(e.getMessage().contains("advice"));
    }

    @Test
    void a_content_digest_is_sha_256_in_lower_case_hex() {
        assertEquals("185f8db32271fe25f561a6fc938b2e264306ec304eda518007d1764826381969",
                ContentDigest.of("Hello").hex());
        assertThrows(IllegalArgumentException.class, () -> new ContentDigest("ABC"));
    }
}
