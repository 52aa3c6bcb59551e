package au.gov.dss.socialmedia.domain.conduct;

import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.CMB_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.CONDUCT_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.REPORTER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.SUBJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConductMatterAccessPolicyTest {

    private final ConductMatterAccessPolicy policy = new ConductMatterAccessPolicy();

    private static String codeOf(Decision decision) {
        return assertInstanceOf(Decision.Refused.class, decision).refusal().code();
    }

    @Test
    void an_officer_of_the_conduct_section_may_see_conduct_matters() {
        ConductMatter matter = new ConductMatterFixture().reported();
        assertTrue(policy.mayViewConductMatters(CONDUCT_OFFICER).isAllowed());
        assertTrue(policy.mayView(CONDUCT_OFFICER, matter).isAllowed());
    }

    @Test
    void an_employee_outside_the_conduct_section_may_not_see_conduct_matters() {
        ConductMatter matter = new ConductMatterFixture().reported();
        assertEquals("VIEWER_NOT_IN_CONDUCT_SECTION", codeOf(policy.mayViewConductMatters(CMB_OFFICER)));
        Decision decision = policy.mayView(CMB_OFFICER, matter);
        assertEquals("VIEWER_NOT_IN_CONDUCT_SECTION", codeOf(decision));
        assertEquals(PolicyClause.CONDUCT_PROCEDURES, ((Decision.Refused) decision).refusal().clause());
    }

    @Test
    void the_reporter_and_the_subject_may_not_see_the_matter_through_this_view() {
        ConductMatter matter = new ConductMatterFixture().reported();
        assertEquals("VIEWER_NOT_IN_CONDUCT_SECTION", codeOf(policy.mayView(REPORTER, matter)));
        assertEquals("VIEWER_NOT_IN_CONDUCT_SECTION", codeOf(policy.mayView(SUBJECT, matter)));
    }

    @Test
    void a_conduct_section_officer_may_not_see_a_matter_about_themselves_or_one_they_reported() {
        Employee subjectInSection = EmployeeFixture.conductOfficer("E300201");
        Employee reporterInSection = EmployeeFixture.conductOfficer("E300202");
        ConductMatter matter = ConductMatterFixture.about(subjectInSection, reporterInSection).reported();
        assertEquals("VIEWER_IS_SUBJECT", codeOf(policy.mayView(subjectInSection, matter)));
        assertEquals("VIEWER_IS_REPORTER", codeOf(policy.mayView(reporterInSection, matter)));
        assertTrue(policy.mayView(CONDUCT_OFFICER, matter).isAllowed());
        assertTrue(policy.mayViewConductMatters(subjectInSection).isAllowed(),
                "they still see the other matters of the section");
    }

    @Test
    void conduct_matters_are_marked_official_sensitive_with_the_personal_privacy_marker() {
        ConductMatter matter = new ConductMatterFixture().reported();
        assertEquals(SecurityClassification.Level.OFFICIAL_SENSITIVE, matter.classification().level());
        assertEquals(SecurityClassification.InformationManagementMarker.PERSONAL_PRIVACY,
                matter.classification().marker());
        assertEquals("OFFICIAL: Sensitive, Personal privacy", matter.classification().label());
    }
}
