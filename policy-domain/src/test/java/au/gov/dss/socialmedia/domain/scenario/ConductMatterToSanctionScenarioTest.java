package au.gov.dss.socialmedia.domain.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.TestClock;
import au.gov.dss.socialmedia.domain.conduct.Behaviour;
import au.gov.dss.socialmedia.domain.conduct.BehaviourFinding;
import au.gov.dss.socialmedia.domain.conduct.BehaviourId;
import au.gov.dss.socialmedia.domain.conduct.CodeOfConductElement;
import au.gov.dss.socialmedia.domain.conduct.ConductMatter;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterAccessPolicy;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterStage;
import au.gov.dss.socialmedia.domain.conduct.Delegate;
import au.gov.dss.socialmedia.domain.conduct.Evidence;
import au.gov.dss.socialmedia.domain.conduct.InMemoryConductMatterRepository;
import au.gov.dss.socialmedia.domain.conduct.InterimMeasure;
import au.gov.dss.socialmedia.domain.conduct.Money;
import au.gov.dss.socialmedia.domain.conduct.Sanction;
import au.gov.dss.socialmedia.domain.conduct.SanctionKind;
import au.gov.dss.socialmedia.domain.conduct.SecurityClassification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A conduct matter from report to sanction over an in-memory repository, each step loading the matter, acting and
 * saving it, as the conduct section's screens will: the Secretary's procedures in order, with the refusals that
 * keep them fair.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConductMatterToSanctionScenarioTest {

    private final TestClock clock = new TestClock();
    private final Employee reporter = EmployeeFixture.cmbOfficer("C700");
    private final Employee subject = EmployeeFixture.familiesOfficer("F700");
    private final Employee assessor = EmployeeFixture.conductOfficer("W701");
    private final Employee caseOfficer = EmployeeFixture.conductOfficer("W702");
    private final Employee decisionMaker = EmployeeFixture.conductOfficer("W703");
    private final Delegate delegate = new Delegate(EmployeeFixture.conductOfficer("W704"),
            "Secretary's delegation under s15(1) of the Public Service Act 1999");
    private final Money salary = Money.of("95000.00");
    private final InMemoryConductMatterRepository matters = new InMemoryConductMatterRepository();
    private final List<DomainEvent> events = new ArrayList<>();

    private interface Step<E extends DomainEvent> {
        E on(ConductMatter matter);
    }

    private <E extends DomainEvent> E step(ConductMatterId id, Step<E> step) {
        clock.advance(Duration.ofHours(1));
        ConductMatter matter = matters.get(id);
        E event = step.on(matter);
        matters.save(matter);
        events.add(event);
        return event;
    }

    private void refused(ConductMatterId id, String code, Step<?> step) {
        ConductMatter matter = matters.get(id);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> step.on(matter));
        assertEquals(code, refused.code(), refused.getMessage());
        assertEquals(matters.get(id).snapshot(), matter.snapshot(), "a refusal changes nothing");
    }

    @Test
    void a_derogatory_post_about_a_manager_goes_from_report_to_a_reprimand_and_a_fine() {
        PostId recordedPost = PostId.newId();
        Behaviour post = new Behaviour(BehaviourId.of(1), "Posted obscene, derogatory comments about their manager"
                + " from a personal account", LocalDate.of(2026, 2, 27),
                List.of(Evidence.recordedPost(recordedPost, "The post as captured by CMB")),
                EnumSet.of(CodeOfConductElement.RESPECT_AND_COURTESY), EnumSet.of(PolicyClause.PERSONAL_NOT_OFFENSIVE));

        // Nobody reports themselves; CMB reports what it saw.
        assertThrows(CommandRefusedException.class, () -> ConductMatter.report(subject, subject.id(), List.of(post),
                clock));
        var reported = ConductMatter.report(reporter, subject.id(), List.of(post), clock);
        matters.save(reported.matter());
        events.add(reported.event());
        ConductMatterId id = reported.matter().id();

        // Only the conduct section sees the matter; not CMB, not the reporter, not the subject.
        ConductMatterAccessPolicy access = new ConductMatterAccessPolicy();
        assertTrue(access.mayView(caseOfficer, matters.get(id)).isAllowed());
        assertFalse(access.mayView(reporter, matters.get(id)).isAllowed());
        assertFalse(access.mayView(subject, matters.get(id)).isAllowed());
        assertEquals(SecurityClassification.CONDUCT_MATTER, matters.get(id).classification());

        // Preliminary assessment and referral under the s15(3) procedures.
        step(id, m -> m.startPreliminaryAssessment(assessor, clock));
        step(id, m -> m.refer(assessor, "The post is admitted to be the employee's; deal with it under the"
                + " procedures", clock));
        step(id, m -> m.recordInterimMeasure(caseOfficer, InterimMeasure.reassignment("Duties without social media"
                + " access", LocalDate.of(2026, 3, 2), null), clock));

        // No determination before the employee is told of the suspected breach and the range of sanctions.
        refused(id, "NO_DETERMINATION_BEFORE_NOTICE_AND_RESPONSE", m -> m.determineBreach(decisionMaker,
                List.of(BehaviourFinding.breached(BehaviourId.of(1), CodeOfConductElement.RESPECT_AND_COURTESY)),
                "Premature", clock));
        ConductMatterEvent.BreachNoticeGiven notice = step(id, m -> m.giveBreachNotice(caseOfficer, EnumSet.of(SanctionKind.REPRIMAND,
                SanctionKind.DEDUCTION_FROM_SALARY_BY_FINE, SanctionKind.REASSIGNMENT_OF_DUTIES),
                clock.instant().plus(Duration.ofDays(7)), clock));
        refused(id, "NO_DETERMINATION_BEFORE_NOTICE_AND_RESPONSE", m -> m.determineBreach(decisionMaker,
                List.of(BehaviourFinding.breached(BehaviourId.of(1), CodeOfConductElement.RESPECT_AND_COURTESY)),
                "Too early", clock));
        refused(id, "RESPONSE_PERIOD_NOT_OVER", m -> m.recordResponsePeriodLapsed(caseOfficer, clock));
        step(id, m -> m.recordResponse(caseOfficer, "The employee admits the post and apologises", clock));

        // The reporter cannot decide, nor can anyone outside the conduct section; the decision-maker determines
        // a breach with reasons.
        refused(id, "ACTOR_NOT_IN_CONDUCT_SECTION", m -> m.determineBreach(EmployeeFixture.cmbOfficer("C701"),
                List.of(BehaviourFinding.breached(BehaviourId.of(1), CodeOfConductElement.RESPECT_AND_COURTESY)),
                "Not my matter", clock));
        refused(id, "ACTOR_IS_REPORTER", m -> m.determineBreach(reporter, List.of(BehaviourFinding
                .breached(BehaviourId.of(1), CodeOfConductElement.RESPECT_AND_COURTESY)), "I saw it", clock));
        step(id, m -> m.determineBreach(decisionMaker, List.of(BehaviourFinding.breached(BehaviourId.of(1),
                CodeOfConductElement.RESPECT_AND_COURTESY)), "Admitted; the post was obscene and derogatory", clock));

        // A fine above 2% of salary for one behaviour is refused; 2% exactly is allowed.
        Money twoPercent = Money.of("1900.00");
        refused(id, "FINE_EXCEEDS_TWO_PERCENT_OF_SALARY", m -> m.giveSanctionNotice(caseOfficer,
                List.of(new Sanction.FineBySalaryDeduction(BehaviourId.of(1), Money.of("1900.01"))), salary, clock));
        List<Sanction> sanctions = List.of(new Sanction.Reprimand("Your post about your manager was obscene and"
                + " derogatory."), new Sanction.FineBySalaryDeduction(BehaviourId.of(1), twoPercent));
        step(id, m -> m.giveSanctionNotice(caseOfficer, sanctions, salary, clock));
        ConductMatterEvent.SanctionImposed imposed = step(id, m -> m.decideSanction(delegate, sanctions, salary,
                clock));
        step(id, m -> m.close(caseOfficer, "Sanctions imposed and notified", clock));

        ConductMatter closed = matters.get(id);
        assertEquals(ConductMatterStage.CLOSED, closed.stage());
        assertEquals(sanctions, closed.sanctionsImposed());
        assertEquals(1, closed.interimMeasures().size(), "the interim measure is recorded, and is not a sanction");
        assertEquals(EnumSet.of(SanctionKind.REPRIMAND, SanctionKind.DEDUCTION_FROM_SALARY_BY_FINE,
                SanctionKind.REASSIGNMENT_OF_DUTIES), notice.rangeOfSanctions());
        assertEquals(delegate.officer().id(), imposed.actor());
        assertEquals(List.of("ConductMatterReported", "PreliminaryAssessmentStarted", "ConductMatterReferred",
                "InterimMeasureRecorded", "BreachNoticeGiven", "ResponseReceived", "BreachDetermined",
                "SanctionNoticeGiven", "SanctionImposed", "ConductMatterClosed"),
                events.stream().map(event -> event.getClass().getSimpleName()).toList());
        assertTrue(events.stream().allMatch(event -> ((ConductMatterEvent) event).subject().equals(subject.id())));
    }
}
