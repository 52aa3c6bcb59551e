package au.gov.dss.socialmedia.domain.conduct;

import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.ANNUAL_SALARY;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.ASSESSOR;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.CONDUCT_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.DECISION_MAKER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.DELEGATE;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.DELEGATE_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.DELEGATION;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.FIRST;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.REPORTER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.SUBJECT;
import static au.gov.dss.socialmedia.domain.conduct.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.BreachDetermined;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.BreachNoticeGiven;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterClosed;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterReferred;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterReported;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.NoBreachDetermined;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.NoFurtherActionDecided;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.PreliminaryAssessmentCompleted;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.PreliminaryAssessmentStarted;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ResponsePeriodLapsed;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ResponseReceived;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ReviewRequested;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.SanctionImposed;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.SanctionNoticeGiven;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConductMatterProcedureTest {

    private final ConductMatterFixture fixture = new ConductMatterFixture();

    @Test
    void a_suspected_breach_goes_through_the_whole_procedure_in_order_and_each_decision_is_recorded() {
        List<ConductMatterEvent> events = new ArrayList<>();
        Reported reported = fixture.report();
        ConductMatter matter = reported.matter();
        events.add(reported.event());
        assertEquals(ConductMatterStage.REPORTED, matter.stage());
        assertEquals(SecurityClassification.CONDUCT_MATTER, matter.classification());

        events.add(fixture.startAssessment(matter));
        assertEquals(ConductMatterStage.PRELIMINARY_ASSESSMENT, matter.stage());
        ConductMatterReferred referred = fixture.refer(matter);
        events.add(referred);
        assertEquals(ConductMatterStage.REFERRED, matter.stage());
        assertEquals(BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT, referred.referredTo());
        assertEquals(PreliminaryOutcome.REFER_UNDER_PROCEDURES, referred.outcome());

        BreachNoticeGiven notice = fixture.giveNotice(matter);
        events.add(notice);
        assertEquals(ConductMatterStage.NOTICE_GIVEN, matter.stage());
        assertEquals(EnumSet.allOf(SanctionKind.class), notice.rangeOfSanctions());
        assertEquals(matter.behaviours(), notice.suspectedBehaviours());
        assertEquals(fixture.clock.instant().plus(ConductMatterFixture.RESPONSE_PERIOD), notice.responseDeadline());

        ResponseReceived response = fixture.respond(matter);
        events.add(response);
        assertEquals(ConductMatterStage.RESPONSE_RECEIVED, matter.stage());
        assertFalse(response.late());

        BreachDetermined determined = fixture.determineBreach(matter);
        events.add(determined);
        assertEquals(ConductMatterStage.DETERMINED_BREACH, matter.stage());
        assertEquals(ConductMatterFixture.firstBehaviourInBreach(), determined.findings());
        assertTrue(matter.determination().orElseThrow().foundInBreach(FIRST));

        SanctionNoticeGiven sanctionNotice = fixture.giveSanctionNotice(matter);
        events.add(sanctionNotice);
        assertEquals(ConductMatterStage.SANCTION_NOTICE_GIVEN, matter.stage());
        assertEquals(ConductMatterFixture.reprimandAndFine(), sanctionNotice.proposed());
        assertTrue(matter.sanctionsImposed().isEmpty(), "proposing sanctions imposes none");

        SanctionImposed imposed = fixture.decideSanction(matter);
        events.add(imposed);
        assertEquals(ConductMatterStage.SANCTION_DECIDED, matter.stage());
        assertEquals(ConductMatterFixture.reprimandAndFine(), imposed.sanctions());
        assertEquals(ConductMatterFixture.reprimandAndFine(), matter.sanctionsImposed());
        assertEquals(DELEGATE_OFFICER.id(), imposed.actor());
        assertEquals(DELEGATION, imposed.delegation());
        assertEquals(ANNUAL_SALARY, imposed.annualSalary());
        assertEquals(PolicyClause.SANCTIONS, imposed.clause());

        ConductMatterClosed closed = fixture.close(matter);
        events.add(closed);
        assertEquals(ConductMatterStage.CLOSED, matter.stage());
        assertFalse(matter.isOpen());
        assertEquals(ClosureReason.SANCTIONS_DECIDED, closed.reason());

        Set<Object> eventIds = new HashSet<>();
        Instant previous = Instant.MIN;
        for (ConductMatterEvent event : events) {
            assertEquals(matter.id(), event.matterId());
            assertEquals(SUBJECT.id(), event.subject());
            assertEquals(SecurityClassification.CONDUCT_MATTER, event.classification());
            assertTrue(eventIds.add(event.eventId()), "every event has its own id");
            assertTrue(event.occurredAt().isAfter(previous), "events follow each other in time");
            previous = event.occurredAt();
        }
        assertEquals(List.of(REPORTER.id(), ASSESSOR.id(), ASSESSOR.id(), CONDUCT_OFFICER.id(),
                        CONDUCT_OFFICER.id(), DECISION_MAKER.id(), CONDUCT_OFFICER.id(), DELEGATE_OFFICER.id(),
                        CONDUCT_OFFICER.id()),
                events.stream().map(ConductMatterEvent::actor).toList(), "each event names who acted");
    }

    @Test
    void a_report_records_the_subject_the_reporter_and_the_behaviours_with_their_evidence() {
        Reported reported = fixture.report();
        ConductMatterReported event = reported.event();
        ConductMatter matter = reported.matter();
        assertEquals(SUBJECT.id(), matter.subject());
        assertEquals(REPORTER.id(), matter.reporter());
        assertEquals(REPORTER.id(), event.reporter());
        assertEquals(fixture.clock.instant(), matter.reportedAt());
        assertEquals(ConductMatterFixture.behaviours(), event.behaviours());
        assertEquals(ConductMatterFixture.RECORDED_POST,
                matter.behaviour(ConductMatterFixture.SECOND).orElseThrow().evidence().get(0).postIfAny()
                        .orElseThrow());
        assertTrue(matter.behaviour(BehaviourId.of(3)).isEmpty());
    }

    @Test
    void after_the_preliminary_assessment_a_matter_can_be_closed_with_no_further_action() {
        ConductMatter matter = fixture.in(ConductMatterStage.PRELIMINARY_ASSESSMENT);
        NoFurtherActionDecided event = fixture.closeWithNoFurtherAction(matter);
        PreliminaryAssessmentCompleted completed = event;
        assertEquals(PreliminaryOutcome.NO_FURTHER_ACTION, completed.outcome());
        assertEquals(ConductMatterStage.CLOSED, matter.stage());
        assertEquals(ClosureReason.NO_FURTHER_ACTION, matter.closure().orElseThrow().reason());
        assertEquals(event.reasons(), matter.closure().orElseThrow().note());
        assertTrue(matter.breachNotice().isEmpty());
    }

    @Test
    void a_no_breach_determination_gives_reasons_finds_no_behaviour_in_breach_and_lets_the_matter_close() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_RECEIVED);
        NoBreachDetermined event = fixture.determineNoBreach(matter);
        assertEquals(ConductMatterStage.DETERMINED_NO_BREACH, matter.stage());
        assertEquals(List.of(BehaviourFinding.notBreached(FIRST),
                BehaviourFinding.notBreached(ConductMatterFixture.SECOND)), event.findings());
        assertEquals("The account was shown not to be the employee's", event.reasons());
        assertFalse(matter.determination().orElseThrow().breach());

        assertEquals(ClosureReason.NO_BREACH, fixture.close(matter).reason());
        assertTrue(matter.sanctionsImposed().isEmpty());
    }

    @Test
    void the_lapse_of_the_response_period_is_refused_until_the_deadline_has_passed() {
        ConductMatter matter = fixture.in(ConductMatterStage.NOTICE_GIVEN);
        Instant deadline = matter.breachNotice().orElseThrow().responseDeadline();

        fixture.clock.setTo(deadline);
        CommandRefusedException refused = assertRefused(matter, "RESPONSE_PERIOD_NOT_OVER",
                PolicyClause.CONDUCT_PROCEDURES, () -> matter.recordResponsePeriodLapsed(CONDUCT_OFFICER,
                        fixture.clock));
        assertTrue(refused.getMessage().contains(deadline.toString()));

        fixture.clock.setTo(deadline.plusSeconds(1));
        ResponsePeriodLapsed lapsed = matter.recordResponsePeriodLapsed(CONDUCT_OFFICER, fixture.clock);
        assertEquals(deadline, lapsed.responseDeadline());
        assertEquals(ConductMatterStage.RESPONSE_PERIOD_LAPSED, matter.stage());
        assertEquals(NoticeResponse.Kind.LAPSED, matter.noticeResponse().orElseThrow().kind());
    }

    @Test
    void a_breach_can_be_determined_after_the_response_period_lapsed() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_PERIOD_LAPSED);
        fixture.determineBreach(matter);
        assertEquals(ConductMatterStage.DETERMINED_BREACH, matter.stage());
    }

    @Test
    void a_response_after_the_deadline_is_still_recorded_and_marked_late() {
        ConductMatter matter = fixture.in(ConductMatterStage.NOTICE_GIVEN);
        fixture.clock.setTo(matter.breachNotice().orElseThrow().responseDeadline().plusSeconds(60));
        ResponseReceived response = matter.recordResponse(CONDUCT_OFFICER, "Sorry for the delay", fixture.clock);
        assertTrue(response.late());
        assertTrue(matter.noticeResponse().orElseThrow().late());
    }

    @Test
    void a_review_requested_after_the_sanction_decision_waits_until_the_matter_is_closed() {
        ConductMatter matter = fixture.in(ConductMatterStage.SANCTION_DECIDED);
        ReviewRequested requested = fixture.requestReview(matter);
        assertEquals(ConductMatterStage.REVIEW_REQUESTED, matter.stage());
        assertEquals(SUBJECT.id(), requested.requestedBy());
        assertEquals(EnumSet.allOf(ReviewedDecision.class), requested.decisions());
        assertTrue(matter.isOpen());

        assertEquals(ClosureReason.REVIEW_FINISHED, fixture.close(matter).reason());
        assertEquals(ConductMatterStage.CLOSED, matter.stage());
    }

    @Test
    void a_review_can_be_requested_of_a_matter_closed_after_its_sanction_decision() {
        ConductMatter matter = fixture.in(ConductMatterStage.CLOSED);
        fixture.requestReview(matter);
        assertEquals(ConductMatterStage.REVIEW_REQUESTED, matter.stage());
        assertEquals(1, matter.reviewRequests().size());
        assertEquals(ClosureReason.SANCTIONS_DECIDED, matter.closure().orElseThrow().reason(),
                "the earlier closure is kept until the matter is closed again");
    }

    @Test
    void no_review_can_be_requested_of_a_matter_closed_with_no_decision_against_the_employee() {
        ConductMatter noFurtherAction = fixture.in(ConductMatterStage.PRELIMINARY_ASSESSMENT);
        fixture.closeWithNoFurtherAction(noFurtherAction);
        ConductMatter noBreach = fixture.in(ConductMatterStage.DETERMINED_NO_BREACH);
        fixture.close(noBreach);
        for (ConductMatter matter : List.of(noFurtherAction, noBreach)) {
            CommandRefusedException refused = assertRefused(matter, "NO_DECISION_TO_REVIEW",
                    PolicyClause.CONDUCT_PROCEDURES, () -> fixture.requestReview(matter));
            assertTrue(refused.getMessage().contains("CLOSED"));
        }
    }

    static Stream<Arguments> stepsOutOfOrder() {
        return Stream.of(ProcedureStep.values()).flatMap(step -> Stream.of(ConductMatterStage.values())
                .filter(stage -> !step.allowedIn(stage)).map(stage -> Arguments.of(step, stage)));
    }

    @ParameterizedTest(name = "{0} is refused in {1}")
    @MethodSource("stepsOutOfOrder")
    void every_step_taken_out_of_order_is_refused_naming_the_stage(ProcedureStep step, ConductMatterStage stage) {
        ConductMatterFixture local = new ConductMatterFixture();
        ConductMatter matter = local.in(stage);
        String code = step.codeWhenOutOfOrderIn(stage);
        PolicyClause clause = code.equals("NO_SANCTION_WITHOUT_BREACH")
                || (step == ProcedureStep.GIVE_SANCTION_NOTICE || step == ProcedureStep.DECIDE_SANCTION)
                ? PolicyClause.SANCTIONS : PolicyClause.CONDUCT_PROCEDURES;
        CommandRefusedException refused = assertRefused(matter, code, clause, () -> step.perform(local, matter));
        assertTrue(refused.getMessage().contains(stage.name()), refused.getMessage());
    }

    static Stream<Arguments> stepsInOrder() {
        return Stream.of(ProcedureStep.values()).flatMap(step -> step.allowedStages().stream()
                .map(stage -> Arguments.of(step, stage)));
    }

    @ParameterizedTest(name = "{0} is allowed in {1}")
    @MethodSource("stepsInOrder")
    void every_step_is_allowed_in_the_stage_before_it_and_leads_to_the_next(ProcedureStep step,
                                                                           ConductMatterStage stage) {
        ConductMatterFixture local = new ConductMatterFixture();
        ConductMatter matter = local.in(stage);
        ConductMatterSnapshot before = matter.snapshot();
        ConductMatterEvent event = step.perform(local, matter);
        assertEquals(step.leadsFrom(stage), matter.stage());
        assertEquals(matter.id(), event.matterId());
        assertEquals(local.clock.instant(), event.occurredAt());
        assertNotEquals(before, matter.snapshot(), "an allowed step changes the matter");
    }

    @Test
    void the_stages_follow_the_order_of_the_procedure() {
        assertEquals(List.of(ConductMatterStage.REPORTED, ConductMatterStage.PRELIMINARY_ASSESSMENT,
                ConductMatterStage.REFERRED, ConductMatterStage.NOTICE_GIVEN, ConductMatterStage.RESPONSE_RECEIVED,
                ConductMatterStage.RESPONSE_PERIOD_LAPSED, ConductMatterStage.DETERMINED_BREACH,
                ConductMatterStage.DETERMINED_NO_BREACH, ConductMatterStage.SANCTION_NOTICE_GIVEN,
                ConductMatterStage.SANCTION_DECIDED, ConductMatterStage.REVIEW_REQUESTED, ConductMatterStage.CLOSED),
                List.of(ConductMatterStage.values()));
        assertFalse(ConductMatterStage.CLOSED.isOpen());
        assertTrue(ConductMatterStage.REVIEW_REQUESTED.isOpen());
    }

    @Test
    void the_delegate_decides_with_the_delegation_recorded_on_the_matter() {
        ConductMatter matter = fixture.in(ConductMatterStage.SANCTION_DECIDED);
        SanctionDecision decision = matter.sanctionDecision().orElseThrow();
        assertEquals(DELEGATE.officer().id(), decision.delegate());
        assertEquals(DELEGATION, decision.delegation());
        assertEquals(ANNUAL_SALARY, decision.annualSalary());
    }
}
