package au.gov.dss.socialmedia.domain.initiative;

import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.COLLEAGUE;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.OUTSIDER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.SPONSOR;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.SUBMITTER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativeDraftingTest {

    private final TestClock clock = new TestClock();

    @Test
    void drafting_creates_a_draft_with_an_empty_business_case_and_plan_recording_who_and_when() {
        Drafted drafted = Initiative.draft("  Families payments awareness campaign ", SPONSOR, SUBMITTER, clock);
        Initiative initiative = drafted.initiative();

        assertEquals(InitiativeStatus.DRAFT, initiative.status());
        assertEquals("Families payments awareness campaign", initiative.title());
        assertEquals(SPONSOR, initiative.sponsoringArea());
        assertEquals(SUBMITTER.id(), initiative.submitter());
        assertEquals(TestClock.START, initiative.draftedAt());
        assertEquals(BusinessCase.empty(), initiative.businessCase());
        assertEquals(RiskManagementPlan.empty(), initiative.riskPlan());
        assertEquals(0, initiative.submissionCount());
        assertEquals(List.of(), initiative.decisions());
        assertEquals(Optional.empty(), initiative.latestDecision());

        InitiativeDrafted event = drafted.event();
        assertEquals(initiative.id(), event.initiativeId());
        assertEquals(SUBMITTER.id(), event.actor());
        assertEquals(TestClock.START, event.occurredAt());
        assertEquals("Families payments awareness campaign", event.title());
        assertEquals(SPONSOR, event.sponsoringArea());
    }

    @Test
    void each_draft_has_its_own_identity() {
        assertNotEquals(InitiativeFixture.draft(clock).id(), InitiativeFixture.draft(clock).id());
    }

    @Test
    void an_initiative_needs_a_title() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Initiative.draft(" ", SPONSOR, SUBMITTER, clock));
        assertTrue(e.getMessage().contains("initiative title"), e.getMessage());
        assertThrows(NullPointerException.class, () -> Initiative.draft("Title", null, SUBMITTER, clock));
        assertThrows(NullPointerException.class, () -> Initiative.draft("Title", SPONSOR, null, clock));
    }

    @Test
    void a_new_draft_lists_everything_still_missing_for_submission() {
        List<String> missing = InitiativeFixture.draft(clock).missingForSubmission();
        assertEquals(List.of("the business case has no objectives", "the business case has no audience",
                "the business case has no channels", "the business case has no resourcing",
                "the business case has no measures of success", "the business case has no duration",
                "the risk management plan must list at least one risk"), missing);
    }

    @Test
    void the_submitter_revises_the_business_case_and_the_event_carries_it() {
        Initiative initiative = InitiativeFixture.draft(clock);
        clock.advanceDays(1);
        BusinessCase partial = BusinessCase.empty().withObjectives("Inform parents");

        BusinessCaseRevised event = initiative.reviseBusinessCase(SUBMITTER, partial, clock);

        assertEquals(partial, initiative.businessCase());
        assertEquals(partial, event.businessCase());
        assertEquals(SUBMITTER.id(), event.actor());
        assertEquals(initiative.id(), event.initiativeId());
        assertEquals(TestClock.START.plusSeconds(86_400), event.occurredAt());
        assertEquals(InitiativeStatus.DRAFT, initiative.status());
    }

    @Test
    void a_colleague_in_the_sponsoring_business_area_revises_the_risk_plan() {
        Initiative initiative = InitiativeFixture.draft(clock);

        RiskPlanRevised event = initiative.reviseRiskPlan(COLLEAGUE, InitiativeFixture.completeRiskPlan(), clock);

        assertEquals(InitiativeFixture.completeRiskPlan(), initiative.riskPlan());
        assertEquals(InitiativeFixture.completeRiskPlan(), event.riskPlan());
        assertEquals(COLLEAGUE.id(), event.actor());
    }

    @Test
    void the_submitter_may_still_revise_after_moving_to_another_business_area() {
        Initiative initiative = InitiativeFixture.draft(clock);
        initiative.reviseBusinessCase(SUBMITTER.movedTo(new BusinessArea("HOUS", "Housing Group")),
                InitiativeFixture.completeBusinessCase(), clock);
        assertEquals(InitiativeFixture.completeBusinessCase(), initiative.businessCase());
    }

    @Test
    void an_employee_outside_the_sponsoring_business_area_cannot_revise_the_business_case() {
        Initiative initiative = InitiativeFixture.draft(clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.reviseBusinessCase(OUTSIDER,
                InitiativeFixture.completeBusinessCase(), clock));

        assertEquals("NOT_SUBMITTER_OR_SPONSOR", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
    }

    @Test
    void an_employee_outside_the_sponsoring_business_area_cannot_revise_the_risk_plan() {
        Initiative initiative = InitiativeFixture.draft(clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.reviseRiskPlan(OUTSIDER,
                InitiativeFixture.completeRiskPlan(), clock));

        assertEquals("NOT_SUBMITTER_OR_SPONSOR", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
    }

    @Test
    void cmb_does_not_write_the_sponsors_business_case() {
        Initiative initiative = InitiativeFixture.draft(clock);
        Refusal refusal = assertRefused(initiative, () -> initiative.reviseBusinessCase(
                InitiativeFixture.CMB_DECISION_MAKER, InitiativeFixture.completeBusinessCase(), clock));
        assertEquals("NOT_SUBMITTER_OR_SPONSOR", refusal.code());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"SUBMITTED", "APPROVED", "REJECTED", "ACTIVE", "CLOSED"})
    void the_business_case_cannot_be_revised_once_submitted_or_decided(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.reviseBusinessCase(SUBMITTER,
                InitiativeFixture.completeBusinessCase().withAudience("Everyone"), clock));

        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertTrue(refusal.reason().contains(status.name()), refusal.reason());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"SUBMITTED", "APPROVED", "REJECTED", "ACTIVE", "CLOSED"})
    void the_risk_plan_cannot_be_revised_once_submitted_or_decided(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.reviseRiskPlan(SUBMITTER,
                RiskManagementPlan.of(InitiativeFixture.monitoredLowRisk()), clock));

        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertTrue(refusal.reason().contains(status.name()), refusal.reason());
    }

    @Test
    void the_business_case_and_plan_may_be_revised_when_cmb_requested_changes() {
        Initiative initiative = InitiativeFixture.changesRequested(clock);
        BusinessCase revisedCase = InitiativeFixture.completeBusinessCase().withResourcing("1 FTE incl. weekends");
        RiskManagementPlan revisedPlan = RiskManagementPlan.of(InitiativeFixture.treatedHighRisk());

        initiative.reviseBusinessCase(COLLEAGUE, revisedCase, clock);
        initiative.reviseRiskPlan(SUBMITTER, revisedPlan, clock);

        assertEquals(revisedCase, initiative.businessCase());
        assertEquals(revisedPlan, initiative.riskPlan());
        assertEquals(InitiativeStatus.CHANGES_REQUESTED, initiative.status());
    }

    @Test
    void a_draft_may_hold_an_incomplete_business_case_and_plan() {
        Initiative initiative = InitiativeFixture.draft(clock);
        initiative.reviseRiskPlan(SUBMITTER, RiskManagementPlan.of(
                Risk.identified("Trolling", Likelihood.ALMOST_CERTAIN, Consequence.MAJOR)), clock);
        assertEquals(RiskRating.EXTREME, initiative.riskPlan().highestRating().orElseThrow());
        assertTrue(initiative.missingForSubmission().contains("risk 'Trolling' is rated EXTREME and needs an owner"));
    }

    @Test
    void a_revision_needs_a_business_case_and_a_plan() {
        Initiative initiative = InitiativeFixture.draft(clock);
        InitiativeFixture.assertRejectedArgument(NullPointerException.class, initiative,
                () -> initiative.reviseBusinessCase(SUBMITTER, null, clock));
        InitiativeFixture.assertRejectedArgument(NullPointerException.class, initiative,
                () -> initiative.reviseRiskPlan(SUBMITTER, null, clock));
    }
}
