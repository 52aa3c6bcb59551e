package au.gov.dss.socialmedia.admin.screening.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.ContentDigest;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.compliance.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MarkedTextTest {

    private static final String TEXT = "Call 0412 345 678 and we will fix it";

    private static Finding finding(Severity severity, int start, int end, String rule) {
        return new Finding(Category.PERSONAL_DETAILS, null, severity, new Span(start, end), rule,
                PolicyClause.PRINCIPLE_PRIVACY, "Advice " + rule);
    }

    @Test
    void each_finding_is_highlighted_in_place_with_its_number_and_the_gravest_severity_where_findings_overlap() {
        MarkedText marked = MarkedText.of(TEXT, new ComplianceAssessment(List.of(
                finding(Severity.WARN, 5, 17, "phone.warn"), finding(Severity.BLOCK, 10, 17, "phone.block"),
                finding(Severity.INFO, 0, 0, "media.alt")), new PolicyVersion("2026.12-1"),
                Instant.parse("2026-12-07T00:00:00Z"), ContentDigest.of(TEXT)));
        assertEquals("BLOCK", marked.outcome());
        assertEquals(TEXT, String.join("", marked.parts().stream().map(MarkedText.Part::text).toList()));
        MarkedText.Part overlap = marked.parts().stream().filter(p -> p.text().equals("345 678")).findFirst()
                .orElseThrow();
        assertEquals(List.of(1, 2), overlap.findings());
        assertEquals("BLOCK", overlap.severity());
        assertEquals("1, 2", overlap.numbers());
        assertEquals("0412 ", marked.parts().get(1).text());
        assertEquals("WARN", marked.parts().get(1).severity());
        assertEquals(List.of(3), marked.aboutContent().stream().map(MarkedText.Mark::number).toList(),
                "a finding about the content as a whole is listed, not marked");
        assertTrue(marked.parts().stream().noneMatch(p -> p.findings().contains(3)));
        assertEquals("phone.warn@5-17", marked.warnings().get(0).key(), "a warning is acknowledged by its key");
    }
}
