package au.gov.dss.socialmedia.domain.initiative;

import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.CMB_DECISION_MAKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Instant;
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
class InitiativeSnapshotTest {

    private static final TestClock CLOCK = new TestClock();

    @ParameterizedTest
    @EnumSource(InitiativeStatus.class)
    void an_initiative_restored_from_its_snapshot_has_the_same_state(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, CLOCK);

        Initiative restored = Initiative.restore(initiative.snapshot());

        assertEquals(initiative.snapshot(), restored.snapshot());
        assertEquals(initiative, restored);
        assertEquals(status, restored.status());
    }

    @Test
    void a_restored_initiative_carries_on_its_lifecycle() {
        Initiative restored = Initiative.restore(InitiativeFixture.submitted(CLOCK).snapshot());

        restored.approve(CMB_DECISION_MAKER, "Approved after restoring", CLOCK);

        assertEquals(InitiativeStatus.APPROVED, restored.status());
        assertEquals(1, restored.decisions().size());
    }

    @Test
    void a_snapshot_does_not_change_when_the_initiative_does() {
        Initiative initiative = InitiativeFixture.submitted(CLOCK);
        InitiativeSnapshot before = initiative.snapshot();

        initiative.approve(CMB_DECISION_MAKER, "ok", CLOCK);

        assertEquals(InitiativeStatus.SUBMITTED, before.status());
        assertEquals(List.of(), before.decisions());
    }

    private static InitiativeSnapshot with(InitiativeSnapshot s, InitiativeStatus status, int submissions,
                                           List<InitiativeDecision> decisions, Optional<Instant> activatedAt,
                                           Optional<Closure> closure) {
        return new InitiativeSnapshot(s.id(), s.title(), s.sponsoringArea(), s.submitter(), s.draftedAt(), status,
                s.businessCase(), s.riskPlan(), submissions, decisions, activatedAt, closure);
    }

    private static InitiativeDecision decision(int submission, DecisionOutcome outcome) {
        return new InitiativeDecision(submission, outcome, CMB_DECISION_MAKER.id(), "reasons", TestClock.START);
    }

    static Stream<Arguments> inconsistentSnapshots() {
        InitiativeSnapshot approved = InitiativeFixture.approved(CLOCK).snapshot();
        InitiativeSnapshot draft = InitiativeFixture.draft(CLOCK).snapshot();
        Optional<Closure> closure = Optional.of(new Closure(CMB_DECISION_MAKER.id(), "done", TestClock.START));
        List<InitiativeDecision> approval = approved.decisions();
        return Stream.of(
                Arguments.of("approved without a decision", "last decision must be APPROVED",
                        with(approved, InitiativeStatus.APPROVED, 0, List.of(), Optional.empty(), Optional.empty())),
                Arguments.of("approved but last decision rejects", "last decision must be APPROVED",
                        with(approved, InitiativeStatus.APPROVED, 1, List.of(decision(1, DecisionOutcome.REJECTED)),
                                Optional.empty(), Optional.empty())),
                Arguments.of("draft that was submitted", "must have been submitted 0 times",
                        with(draft, InitiativeStatus.DRAFT, 1, List.of(), Optional.empty(), Optional.empty())),
                Arguments.of("submitted with an incomplete business case", "complete business case",
                        with(draft, InitiativeStatus.SUBMITTED, 1, List.of(), Optional.empty(), Optional.empty())),
                Arguments.of("submitted after an approval", "can follow only a request for changes",
                        with(approved, InitiativeStatus.SUBMITTED, 2, approval, Optional.empty(), Optional.empty())),
                Arguments.of("approval before a later decision", "only the last decision may approve or reject",
                        with(approved, InitiativeStatus.CHANGES_REQUESTED, 2, List.of(
                                decision(1, DecisionOutcome.APPROVED), decision(2, DecisionOutcome.CHANGES_REQUESTED)),
                                Optional.empty(), Optional.empty())),
                Arguments.of("decisions numbered out of order", "decision 1 decides submission 2",
                        with(approved, InitiativeStatus.APPROVED, 2, List.of(
                                decision(2, DecisionOutcome.CHANGES_REQUESTED), decision(1, DecisionOutcome.APPROVED)),
                                Optional.empty(), Optional.empty())),
                Arguments.of("wrong submission count", "submitted 1 times, not 3",
                        with(approved, InitiativeStatus.APPROVED, 3, approval, Optional.empty(), Optional.empty())),
                Arguments.of("active without a start time", "must have a start time",
                        with(approved, InitiativeStatus.ACTIVE, 1, approval, Optional.empty(), Optional.empty())),
                Arguments.of("approved with a start time", "cannot have a start time",
                        with(approved, InitiativeStatus.APPROVED, 1, approval, Optional.of(TestClock.START),
                                Optional.empty())),
                Arguments.of("closed without a closure", "only a CLOSED initiative has a closure",
                        with(approved, InitiativeStatus.CLOSED, 1, approval, Optional.empty(), Optional.empty())),
                Arguments.of("active with a closure", "only a CLOSED initiative has a closure",
                        with(approved, InitiativeStatus.ACTIVE, 1, approval, Optional.of(TestClock.START), closure)),
                Arguments.of("a blank title", "initiative title",
                        new InitiativeSnapshot(draft.id(), " ", draft.sponsoringArea(), draft.submitter(),
                                draft.draftedAt(), draft.status(), draft.businessCase(), draft.riskPlan(), 0,
                                List.of(), Optional.empty(), Optional.empty())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistentSnapshots")
    void an_inconsistent_snapshot_is_not_restored(String name, String expectedMessage, InitiativeSnapshot snapshot) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Initiative.restore(snapshot), name);
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
    }

    @Test
    void a_closed_initiative_that_never_started_is_restored() {
        Initiative initiative = InitiativeFixture.approved(CLOCK);
        initiative.close(CMB_DECISION_MAKER, "Withdrawn", CLOCK);

        Initiative restored = Initiative.restore(initiative.snapshot());

        assertEquals(Optional.empty(), restored.activatedAt());
        assertTrue(restored.closure().isPresent());
    }

    @Test
    void a_changes_requested_initiative_may_be_restored_with_an_incomplete_revision_in_progress() {
        Initiative initiative = InitiativeFixture.changesRequested(CLOCK);
        initiative.reviseRiskPlan(InitiativeFixture.SUBMITTER, RiskManagementPlan.empty(), CLOCK);

        assertEquals(initiative.snapshot(), Initiative.restore(initiative.snapshot()).snapshot());
    }
}
