package au.gov.dss.socialmedia.domain.compliance;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.util.List;

/** Compliance assessments as the engine would make them, for tests of the aggregates that hold them. */
public final class AssessmentFixture {

    /** The rule-set version of fixture assessments. */
    public static final PolicyVersion VERSION = new PolicyVersion("test-1");

    private AssessmentFixture() {
    }

    /** An assessment of the text with no finding. */
    public static ComplianceAssessment clean(String text) {
        return new ComplianceAssessment(List.of(), VERSION, TestClock.START, ContentDigest.of(text));
    }

    /** An assessment of the text with one WARN finding (an uncited claim). */
    public static ComplianceAssessment warning(String text) {
        return new ComplianceAssessment(List.of(new Finding(Category.UNCITED_CLAIM, null, Severity.WARN,
                Span.whole(text.length()), "claims.uncited", PolicyClause.PRINCIPLE_ACCURACY, "Cite a source")),
                VERSION, TestClock.START, ContentDigest.of(text));
    }

    /** An assessment of the text that found a phone number (personal details) over its whole length. */
    public static ComplianceAssessment personalDetails(String text, Severity severity) {
        return new ComplianceAssessment(List.of(new Finding(Category.PERSONAL_DETAILS, "PHONE", severity,
                Span.whole(text.length()), "personal.phone", PolicyClause.PRINCIPLE_PRIVACY,
                "Remove the phone number")), VERSION, TestClock.START, ContentDigest.of(text));
    }
}
