package au.gov.dss.socialmedia.domain.initiative;

import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.CMB_DECISION_MAKER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.COLLEAGUE;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.SPONSOR;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.SUBMITTER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativeSubmissionTest {

    private final TestClock clock = new TestClock();

    private Initiative draftWith(BusinessCase businessCase, RiskManagementPlan plan) {
        Initiative initiative = InitiativeFixture.draft(clock);
        initiative.reviseBusinessCase(SUBMITTER, businessCase, clock);
        initiative.reviseRiskPlan(SUBMITTER, plan, clock);
        return initiative;
    }

    @Test
    void a_complete_initiative_is_submitted_with_its_business_case_and_plan_as_submitted() {
        Initiative initiative = InitiativeFixture.readyToSubmit(clock);
        clock.advanceDays(2);

        InitiativeSubmitted event = initiative.submit(SUBMITTER, clock);

        assertEquals(InitiativeStatus.SUBMITTED, initiative.status());
        assertEquals(1, initiative.submissionCount());
        assertEquals(initiative.id(), event.initiativeId());
        assertEquals(SUBMITTER.id(), event.actor());
        assertEquals(clock.instant(), event.occurredAt());
        assertEquals(1, event.submissionNumber());
        assertFalse(event.isResubmission());
        assertEquals(InitiativeFixture.TITLE, event.title());
        assertEquals(SPONSOR, event.sponsoringArea());
        assertEquals(InitiativeFixture.completeBusinessCase(), event.businessCase());
        assertEquals(InitiativeFixture.completeRiskPlan(), event.riskPlan());
        assertTrue(initiative.status().isAwaitingDecision());
    }

    @Test
    void an_initiative_without_a_complete_business_case_cannot_be_submitted_and_every_missing_part_is_listed() {
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase().withAudience("").withChannels(),
                InitiativeFixture.completeRiskPlan());

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("BUSINESS_CASE_INCOMPLETE", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertTrue(refusal.reason().contains("the business case has no audience"), refusal.reason());
        assertTrue(refusal.reason().contains("the business case has no channels"), refusal.reason());
        assertFalse(refusal.reason().contains("objectives"), refusal.reason());
    }

    @Test
    void a_new_draft_cannot_be_submitted_and_the_refusal_lists_every_gap_of_the_case_and_the_plan() {
        Initiative initiative = InitiativeFixture.draft(clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("BUSINESS_CASE_INCOMPLETE", refusal.code());
        for (String gap : initiative.missingForSubmission()) {
            assertTrue(refusal.reason().contains(gap), "missing '" + gap + "' in " + refusal.reason());
        }
        assertTrue(refusal.reason().contains("at least one risk"), refusal.reason());
    }

    @Test
    void an_initiative_without_any_risk_in_its_plan_cannot_be_submitted() {
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase(), RiskManagementPlan.empty());

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("RISK_PLAN_EMPTY", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_RISK_MANAGEMENT, refusal.clause());
    }

    @Test
    void a_high_risk_without_a_control_stops_submission() {
        Risk uncontrolled = InitiativeFixture.treatedHighRisk().withControls();
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase(),
                RiskManagementPlan.of(uncontrolled, InitiativeFixture.monitoredLowRisk()));

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("HIGH_RISK_UNTREATED", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_RISK_MANAGEMENT, refusal.clause());
        assertTrue(refusal.reason().contains("is rated HIGH and needs at least one control"), refusal.reason());
        assertFalse(refusal.reason().contains("needs an owner"), refusal.reason());
    }

    @Test
    void an_extreme_risk_without_an_owner_stops_submission() {
        Risk unowned = Risk.identified("Disclosure of a client's payment details", Likelihood.POSSIBLE,
                Consequence.SEVERE).withControls("Pre-moderation").monitoredBy("Daily check");
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase(), RiskManagementPlan.of(unowned));

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("HIGH_RISK_UNTREATED", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_RISK_MANAGEMENT, refusal.clause());
        assertTrue(refusal.reason().contains("is rated EXTREME and needs an owner"), refusal.reason());
    }

    @Test
    void a_risk_that_does_not_say_how_it_is_monitored_stops_submission() {
        Risk unmonitored = InitiativeFixture.monitoredLowRisk().monitoredBy("");
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase(),
                RiskManagementPlan.of(InitiativeFixture.treatedHighRisk(), unmonitored));

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("RISK_NOT_MONITORED", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_RISK_MANAGEMENT, refusal.clause());
        assertTrue(refusal.reason().contains("does not say how it is monitored"), refusal.reason());
    }

    @Test
    void an_untreated_high_risk_is_named_before_an_unmonitored_one_but_both_are_listed() {
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase(), RiskManagementPlan.of(
                Risk.identified("Trolling", Likelihood.LIKELY, Consequence.MAJOR)));

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("HIGH_RISK_UNTREATED", refusal.code());
        assertTrue(refusal.reason().contains("risk 'Trolling' does not say how it is monitored"), refusal.reason());
    }

    @Test
    void low_and_medium_risks_need_neither_a_control_nor_an_owner() {
        Risk medium = Risk.identified("Low engagement", Likelihood.LIKELY, Consequence.MINOR)
                .monitoredBy("Monthly analytics");
        Initiative initiative = draftWith(InitiativeFixture.completeBusinessCase(),
                RiskManagementPlan.of(medium, InitiativeFixture.monitoredLowRisk()));

        initiative.submit(SUBMITTER, clock);

        assertEquals(InitiativeStatus.SUBMITTED, initiative.status());
    }

    @Test
    void only_the_submitter_submits_not_a_colleague() {
        Initiative initiative = InitiativeFixture.readyToSubmit(clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(COLLEAGUE, clock));

        assertEquals("ONLY_SUBMITTER_MAY_SUBMIT", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
    }

    @Test
    void a_colleague_is_told_they_are_not_the_submitter_before_being_told_what_is_missing() {
        Initiative initiative = InitiativeFixture.draft(clock);
        assertEquals("ONLY_SUBMITTER_MAY_SUBMIT",
                assertRefused(initiative, () -> initiative.submit(COLLEAGUE, clock)).code());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"SUBMITTED", "APPROVED", "REJECTED", "ACTIVE", "CLOSED"})
    void an_initiative_is_submitted_only_from_draft_or_after_changes_were_requested(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertTrue(refusal.reason().contains("cannot submit an initiative that is " + status.name()),
                refusal.reason());
    }

    @Test
    void after_changes_are_requested_the_revised_initiative_is_resubmitted_and_counted_again() {
        Initiative initiative = InitiativeFixture.changesRequested(clock);
        BusinessCase revised = InitiativeFixture.completeBusinessCase()
                .withResourcing("1 FTE including weekend moderation by CMB");
        initiative.reviseBusinessCase(SUBMITTER, revised, clock);
        clock.advanceDays(3);

        InitiativeSubmitted event = initiative.submit(SUBMITTER, clock);

        assertEquals(InitiativeStatus.SUBMITTED, initiative.status());
        assertEquals(2, initiative.submissionCount());
        assertEquals(2, event.submissionNumber());
        assertTrue(event.isResubmission());
        assertEquals(revised, event.businessCase());
        assertEquals(1, initiative.decisions().size());
        initiative.approve(CMB_DECISION_MAKER, "Out-of-hours moderation now resourced", clock);
        assertEquals(InitiativeStatus.APPROVED, initiative.status());
    }

    @Test
    void a_resubmission_is_refused_if_the_revision_left_the_plan_incomplete() {
        Initiative initiative = InitiativeFixture.changesRequested(clock);
        initiative.reviseRiskPlan(SUBMITTER, RiskManagementPlan.empty(), clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock));

        assertEquals("RISK_PLAN_EMPTY", refusal.code());
        assertEquals(InitiativeStatus.CHANGES_REQUESTED, initiative.status());
    }
}
