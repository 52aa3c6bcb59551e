package au.gov.dss.socialmedia.domain.initiative;

import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.CMB_DECISION_MAKER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.CMB_OFFICER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.COLLEAGUE;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.SUBMITTER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.assertRefused;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.assertRejectedArgument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativeDecisionTest {

    /** The three decisions CMB can make, so that every rule is checked for each. */
    enum Decide {
        APPROVE(DecisionOutcome.APPROVED, "approve an initiative"),
        REJECT(DecisionOutcome.REJECTED, "reject an initiative"),
        REQUEST_CHANGES(DecisionOutcome.CHANGES_REQUESTED, "request changes to an initiative");

        final DecisionOutcome outcome;
        final String action;

        Decide(DecisionOutcome outcome, String action) {
            this.outcome = outcome;
            this.action = action;
        }

        InitiativeDecided on(Initiative initiative, Employee decisionMaker, String reasons, Clock clock) {
            return switch (this) {
                case APPROVE -> initiative.approve(decisionMaker, reasons, clock);
                case REJECT -> initiative.reject(decisionMaker, reasons, clock);
                case REQUEST_CHANGES -> initiative.requestChanges(decisionMaker, reasons, clock);
            };
        }
    }

    private final TestClock clock = new TestClock();

    @ParameterizedTest
    @EnumSource(Decide.class)
    void cmb_decides_a_submitted_initiative_with_reasons_and_the_event_carries_the_case_and_plan_as_decided(
            Decide decide) {
        Initiative initiative = InitiativeFixture.submitted(clock);
        clock.advanceDays(5);

        InitiativeDecided event = decide.on(initiative, CMB_DECISION_MAKER, "  Reasons of CMB  ", clock);

        assertEquals(decide.outcome.resultingStatus(), initiative.status());
        assertEquals(decide.outcome, event.outcome());
        assertEquals(CMB_DECISION_MAKER.id(), event.actor());
        assertEquals(initiative.id(), event.initiativeId());
        assertEquals(initiative.title(), event.title());
        assertEquals(clock.instant(), event.occurredAt());
        assertEquals("Reasons of CMB", event.reasons());
        assertEquals(1, event.submissionNumber());
        assertEquals(InitiativeFixture.completeBusinessCase(), event.businessCase());
        assertEquals(InitiativeFixture.completeRiskPlan(), event.riskPlan());
        InitiativeDecision recorded = new InitiativeDecision(1, decide.outcome, CMB_DECISION_MAKER.id(),
                "Reasons of CMB", clock.instant());
        assertEquals(List.of(recorded), initiative.decisions());
        assertEquals(Optional.of(recorded), initiative.latestDecision());
        assertEquals(recorded, event.decision());
    }

    @Test
    void each_decision_raises_its_own_event_type() {
        assertTrue(Decide.APPROVE.on(InitiativeFixture.submitted(clock), CMB_DECISION_MAKER, "ok", clock)
                instanceof InitiativeApproved);
        assertTrue(Decide.REJECT.on(InitiativeFixture.submitted(clock), CMB_DECISION_MAKER, "no", clock)
                instanceof InitiativeRejected);
        assertTrue(Decide.REQUEST_CHANGES.on(InitiativeFixture.submitted(clock), CMB_DECISION_MAKER, "fix", clock)
                instanceof InitiativeChangesRequested);
    }

    @ParameterizedTest
    @EnumSource(Decide.class)
    void an_employee_outside_cmb_cannot_decide_an_initiative(Decide decide) {
        Initiative initiative = InitiativeFixture.submitted(clock);

        Refusal refusal = assertRefused(initiative, () -> decide.on(initiative, COLLEAGUE, "Looks good", clock));

        assertEquals("DECISION_MAKER_NOT_IN_CMB", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
    }

    @ParameterizedTest
    @EnumSource(Decide.class)
    void the_submitter_never_decides_their_own_initiative_even_when_working_in_cmb(Decide decide) {
        Initiative initiative = InitiativeFixture.readyToSubmit(CMB_OFFICER, BusinessArea.CMB, clock);
        initiative.submit(CMB_OFFICER, clock);

        Refusal refusal = assertRefused(initiative, () -> decide.on(initiative, CMB_OFFICER, "Mine is fine",
                clock));

        assertEquals("SUBMITTER_CANNOT_DECIDE", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        decide.on(initiative, CMB_DECISION_MAKER, "Another CMB officer decides", clock);
        assertEquals(decide.outcome.resultingStatus(), initiative.status());
    }

    @Test
    void the_submitter_who_moved_out_of_cmb_is_refused_as_not_in_cmb() {
        Initiative initiative = InitiativeFixture.submitted(clock);
        Refusal refusal = assertRefused(initiative, () -> initiative.approve(SUBMITTER, "ok", clock));
        assertEquals("DECISION_MAKER_NOT_IN_CMB", refusal.code());
    }

    @ParameterizedTest
    @EnumSource(Decide.class)
    void every_decision_carries_its_reasons(Decide decide) {
        Initiative initiative = InitiativeFixture.submitted(clock);

        IllegalArgumentException blank = assertRejectedArgument(IllegalArgumentException.class, initiative,
                () -> decide.on(initiative, CMB_DECISION_MAKER, "  ", clock));
        assertTrue(blank.getMessage().contains("decision reasons"), blank.getMessage());
        assertRejectedArgument(NullPointerException.class, initiative,
                () -> decide.on(initiative, CMB_DECISION_MAKER, null, clock));
        assertRejectedArgument(IllegalArgumentException.class, initiative,
                () -> decide.on(initiative, CMB_DECISION_MAKER, "x".repeat(4001), clock));
    }

    static Stream<Arguments> decisionsInStatesThatForbidThem() {
        return Stream.of(Decide.values()).flatMap(decide -> EnumSet.complementOf(EnumSet.of(
                InitiativeStatus.SUBMITTED)).stream().map(status -> Arguments.of(decide, status)));
    }

    @ParameterizedTest(name = "{0} when {1}")
    @MethodSource("decisionsInStatesThatForbidThem")
    void cmb_decides_only_an_initiative_awaiting_its_decision(Decide decide, InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);

        Refusal refusal = assertRefused(initiative, () -> decide.on(initiative, CMB_OFFICER, "Reasons", clock));

        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertEquals("cannot " + decide.action + " that is " + status.name(), refusal.reason());
    }

    @Test
    void the_history_keeps_every_decision_in_order_with_the_submission_it_decided() {
        Initiative initiative = InitiativeFixture.submitted(clock);
        clock.advanceDays(1);
        Instant first = clock.instant();
        initiative.requestChanges(CMB_DECISION_MAKER, "Add out-of-hours moderation", clock);
        initiative.reviseRiskPlan(COLLEAGUE, RiskManagementPlan.of(InitiativeFixture.treatedHighRisk()
                .withControls("Moderate within one hour", "Weekend roster")), clock);
        initiative.submit(SUBMITTER, clock);
        clock.advanceDays(1);
        Instant second = clock.instant();
        initiative.requestChanges(CMB_OFFICER, "Name the weekend moderators", clock);
        initiative.submit(SUBMITTER, clock);
        clock.advanceDays(1);
        Instant third = clock.instant();
        InitiativeApproved approved = initiative.approve(CMB_DECISION_MAKER, "All risks controlled", clock);

        assertEquals(List.of(
                new InitiativeDecision(1, DecisionOutcome.CHANGES_REQUESTED, CMB_DECISION_MAKER.id(),
                        "Add out-of-hours moderation", first),
                new InitiativeDecision(2, DecisionOutcome.CHANGES_REQUESTED, CMB_OFFICER.id(),
                        "Name the weekend moderators", second),
                new InitiativeDecision(3, DecisionOutcome.APPROVED, CMB_DECISION_MAKER.id(),
                        "All risks controlled", third)), initiative.decisions());
        assertEquals(3, initiative.submissionCount());
        assertEquals(3, approved.submissionNumber());
        assertEquals(2, approved.riskPlan().risks().get(0).controls().size(), "the plan as decided");
    }

    @Test
    void the_decision_history_cannot_be_changed_from_outside() {
        Initiative initiative = InitiativeFixture.approved(clock);
        assertThrows(UnsupportedOperationException.class, () -> initiative.decisions().clear());
        assertEquals(1, initiative.decisions().size());
    }

    @Test
    void a_rejection_is_final() {
        Initiative initiative = InitiativeFixture.rejected(clock);
        assertTrue(initiative.status().isFinal());
        assertEquals("STATE_FORBIDS_ACTION",
                assertRefused(initiative, () -> initiative.submit(SUBMITTER, clock)).code());
    }

    @ParameterizedTest
    @EnumSource(InitiativeStatus.class)
    void only_an_approved_or_active_initiative_permits_activating_an_account(InitiativeStatus status) {
        boolean expected = status == InitiativeStatus.APPROVED || status == InitiativeStatus.ACTIVE;
        assertEquals(expected, status.permitsAccountActivation());
        assertEquals(expected, InitiativeFixture.inState(status, clock).status().permitsAccountActivation());
    }
}
