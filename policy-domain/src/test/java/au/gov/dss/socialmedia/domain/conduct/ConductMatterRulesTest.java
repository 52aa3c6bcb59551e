package au.gov.dss.socialmedia.domain.conduct;

import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.ANNUAL_SALARY;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.CMB_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.CONDUCT_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.DECISION_MAKER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.DELEGATE;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.FIRST;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.MAXIMUM_FINE;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.REPORTER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.SECOND;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.SUBJECT;
import static au.gov.dss.socialmedia.domain.conduct.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.InterimMeasureRecorded;
import au.gov.dss.socialmedia.domain.conduct.Sanction.FineBySalaryDeduction;
import au.gov.dss.socialmedia.domain.conduct.Sanction.ReassignmentOfDuties;
import au.gov.dss.socialmedia.domain.conduct.Sanction.ReductionInSalary;
import au.gov.dss.socialmedia.domain.conduct.Sanction.Reprimand;
import au.gov.dss.socialmedia.domain.conduct.Sanction.Termination;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConductMatterRulesTest {

    /** A conduct section officer who is the subject of a matter. */
    private static final Employee CONDUCT_SUBJECT = EmployeeFixture.conductOfficer("E300101");
    /** A conduct section officer who reported a matter. */
    private static final Employee CONDUCT_REPORTER = EmployeeFixture.conductOfficer("E300102");

    private final ConductMatterFixture fixture = new ConductMatterFixture();

    // ------------------------------------------------------------------------------------------- reporting

    @Test
    void an_employee_cannot_report_a_suspected_breach_about_themselves() {
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> ConductMatter.report(SUBJECT, SUBJECT.id(), ConductMatterFixture.behaviours(), fixture.clock));
        assertEquals("REPORTER_IS_SUBJECT", refused.code());
        assertEquals(PolicyClause.CONDUCT_PROCEDURES, refused.refusal().clause());
    }

    @Test
    void a_behaviour_dated_after_today_cannot_be_reported() {
        Behaviour tomorrow = new Behaviour(FIRST, "A post", LocalDate.of(2026, 3, 3), List.of(),
                EnumSet.of(CodeOfConductElement.RESPECT_AND_COURTESY), EnumSet.noneOf(PolicyClause.class));
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> ConductMatter.report(REPORTER, SUBJECT.id(), List.of(tomorrow), fixture.clock));
        assertEquals("BEHAVIOUR_IN_THE_FUTURE", refused.code());
    }

    @Test
    void a_report_needs_at_least_one_behaviour_each_with_its_own_id() {
        assertThrows(IllegalArgumentException.class,
                () -> ConductMatter.report(REPORTER, SUBJECT.id(), List.of(), fixture.clock));
        Behaviour first = ConductMatterFixture.derogatoryPostAboutManager();
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> ConductMatter.report(REPORTER, SUBJECT.id(), List.of(first, first), fixture.clock));
        assertTrue(repeated.getMessage().contains("B1"));
    }

    // ------------------------------------------------------------------------------------------- actors

    static Stream<ProcedureStep> everyStep() {
        return Stream.of(ProcedureStep.values());
    }

    private static ConductMatterStage stageFor(ProcedureStep step) {
        return step.allowedStages().iterator().next();
    }

    @ParameterizedTest
    @MethodSource("everyStep")
    void nobody_acts_on_a_conduct_matter_about_themselves(ProcedureStep step) {
        ConductMatterFixture local = ConductMatterFixture.about(CONDUCT_SUBJECT, REPORTER);
        ConductMatter matter = local.in(stageFor(step));
        assertRefused(matter, "ACTOR_IS_SUBJECT", clauseOf(step),
                () -> step.perform(local, matter, CONDUCT_SUBJECT));
    }

    @ParameterizedTest
    @MethodSource("everyStep")
    void nobody_acts_on_a_conduct_matter_they_reported(ProcedureStep step) {
        ConductMatterFixture local = ConductMatterFixture.about(SUBJECT, CONDUCT_REPORTER);
        ConductMatter matter = local.in(stageFor(step));
        assertRefused(matter, "ACTOR_IS_REPORTER", clauseOf(step),
                () -> step.perform(local, matter, CONDUCT_REPORTER));
    }

    @ParameterizedTest
    @MethodSource("everyStep")
    void only_officers_of_the_workplace_relations_and_conduct_section_act_on_a_conduct_matter(ProcedureStep step) {
        ConductMatterFixture local = new ConductMatterFixture();
        ConductMatter matter = local.in(stageFor(step));
        CommandRefusedException refused = assertRefused(matter, "ACTOR_NOT_IN_CONDUCT_SECTION", clauseOf(step),
                () -> step.perform(local, matter, CMB_OFFICER));
        assertTrue(refused.getMessage().contains(CMB_OFFICER.name()));
    }

    private static PolicyClause clauseOf(ProcedureStep step) {
        return step == ProcedureStep.DECIDE_SANCTION ? PolicyClause.SANCTIONS : PolicyClause.CONDUCT_PROCEDURES;
    }

    @Test
    void the_actor_policy_allows_a_conduct_section_officer_who_is_neither_subject_nor_reporter() {
        ConductMatterActorPolicy policy = new ConductMatterActorPolicy();
        ConductMatter matter = fixture.reported();
        for (ConductRole role : ConductRole.values()) {
            assertTrue(policy.mayActAs(DECISION_MAKER, role, matter).isAllowed(), role.name());
        }
        Decision subject = policy.mayActAs(SUBJECT, ConductRole.SANCTION_DELEGATE, matter);
        assertEquals("ACTOR_IS_SUBJECT", ((Decision.Refused) subject).refusal().code());
        assertEquals(PolicyClause.SANCTIONS, ((Decision.Refused) subject).refusal().clause());
    }

    // ------------------------------------------------------------------------------------- determination

    @ParameterizedTest
    @EnumSource(value = ConductMatterStage.class, names = {"REPORTED", "PRELIMINARY_ASSESSMENT", "REFERRED",
            "NOTICE_GIVEN"})
    void no_determination_is_made_before_the_employee_was_notified_and_responded_or_let_the_period_lapse(
            ConductMatterStage stage) {
        ConductMatter matter = fixture.in(stage);
        CommandRefusedException refused = assertRefused(matter, "NO_DETERMINATION_BEFORE_NOTICE_AND_RESPONSE",
                PolicyClause.CONDUCT_PROCEDURES, () -> fixture.determineBreach(matter));
        assertTrue(refused.getMessage().contains(stage.name()));
        assertRefused(matter, "NO_DETERMINATION_BEFORE_NOTICE_AND_RESPONSE", PolicyClause.CONDUCT_PROCEDURES,
                () -> fixture.determineNoBreach(matter));
    }

    @Test
    void a_determination_gives_a_finding_for_every_behaviour_exactly_once() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_RECEIVED);
        assertRefused(matter, "FINDINGS_MUST_COVER_EVERY_BEHAVIOUR", PolicyClause.CONDUCT_PROCEDURES,
                () -> matter.determineBreach(DECISION_MAKER,
                        List.of(BehaviourFinding.breached(FIRST, CodeOfConductElement.RESPECT_AND_COURTESY)),
                        "Reasons", fixture.clock));
        assertRefused(matter, "FINDINGS_MUST_COVER_EVERY_BEHAVIOUR", PolicyClause.CONDUCT_PROCEDURES,
                () -> matter.determineBreach(DECISION_MAKER,
                        List.of(BehaviourFinding.breached(FIRST, CodeOfConductElement.RESPECT_AND_COURTESY),
                                BehaviourFinding.notBreached(FIRST), BehaviourFinding.notBreached(SECOND)),
                        "Reasons", fixture.clock));
        assertRefused(matter, "UNKNOWN_BEHAVIOUR", PolicyClause.CONDUCT_PROCEDURES,
                () -> matter.determineBreach(DECISION_MAKER,
                        List.of(BehaviourFinding.breached(FIRST, CodeOfConductElement.RESPECT_AND_COURTESY),
                                BehaviourFinding.notBreached(SECOND), BehaviourFinding.notBreached(BehaviourId.of(3))),
                        "Reasons", fixture.clock));
    }

    @Test
    void a_behaviour_can_only_be_found_to_breach_elements_the_employee_was_given_notice_of() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_RECEIVED);
        CommandRefusedException refused = assertRefused(matter, "ELEMENT_NOT_IN_NOTICE",
                PolicyClause.CONDUCT_PROCEDURES, () -> matter.determineBreach(DECISION_MAKER,
                        List.of(BehaviourFinding.breached(FIRST, CodeOfConductElement.PROPER_USE_OF_RESOURCES),
                                BehaviourFinding.notBreached(SECOND)), "Reasons", fixture.clock));
        assertTrue(refused.getMessage().contains("s13(8)"));
    }

    @Test
    void a_breach_determination_finds_at_least_one_behaviour_in_breach() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_RECEIVED);
        assertRefused(matter, "NO_BEHAVIOUR_FOUND_IN_BREACH", PolicyClause.CONDUCT_PROCEDURES,
                () -> matter.determineBreach(DECISION_MAKER, List.of(BehaviourFinding.notBreached(FIRST),
                        BehaviourFinding.notBreached(SECOND)), "Reasons", fixture.clock));
    }

    @Test
    void a_determination_without_reasons_is_refused_and_changes_nothing() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_RECEIVED);
        ConductMatterSnapshot before = matter.snapshot();
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> matter.determineBreach(DECISION_MAKER, ConductMatterFixture.firstBehaviourInBreach(), " ",
                        fixture.clock));
        assertTrue(blank.getMessage().contains("determination reasons"));
        assertThrows(NullPointerException.class,
                () -> matter.determineNoBreach(DECISION_MAKER, null, fixture.clock));
        assertEquals(before, matter.snapshot());
    }

    @Test
    void the_breach_notice_gives_the_employee_time_to_respond() {
        ConductMatter matter = fixture.in(ConductMatterStage.REFERRED);
        assertRefused(matter, "RESPONSE_DEADLINE_NOT_IN_FUTURE", PolicyClause.CONDUCT_PROCEDURES,
                () -> matter.giveBreachNotice(CONDUCT_OFFICER, ConductMatterFixture.everySanction(),
                        fixture.clock.instant(), fixture.clock));
        ConductMatterSnapshot before = matter.snapshot();
        assertThrows(IllegalArgumentException.class, () -> matter.giveBreachNotice(CONDUCT_OFFICER,
                EnumSet.noneOf(SanctionKind.class), fixture.deadline(), fixture.clock));
        assertEquals(before, matter.snapshot());
    }

    // ------------------------------------------------------------------------------------------ sanctions

    @ParameterizedTest
    @EnumSource(value = ConductMatterStage.class, names = {"REFERRED", "RESPONSE_RECEIVED", "DETERMINED_NO_BREACH"})
    void no_sanction_is_proposed_or_imposed_without_a_breach_determination(ConductMatterStage stage) {
        ConductMatter matter = fixture.in(stage);
        assertRefused(matter, "NO_SANCTION_WITHOUT_BREACH", PolicyClause.SANCTIONS,
                () -> fixture.giveSanctionNotice(matter));
        assertRefused(matter, "NO_SANCTION_WITHOUT_BREACH", PolicyClause.SANCTIONS,
                () -> fixture.decideSanction(matter));
        assertTrue(matter.sanctionsImposed().isEmpty());
    }

    @Test
    void proposed_sanctions_are_within_the_range_the_breach_notice_stated() {
        ConductMatter matter = fixture.reported();
        fixture.startAssessment(matter);
        fixture.refer(matter);
        matter.giveBreachNotice(CONDUCT_OFFICER, EnumSet.of(SanctionKind.REPRIMAND,
                SanctionKind.DEDUCTION_FROM_SALARY_BY_FINE), fixture.deadline(), fixture.clock);
        fixture.respond(matter);
        fixture.determineBreach(matter);
        CommandRefusedException refused = assertRefused(matter, "SANCTION_NOT_IN_NOTIFIED_RANGE",
                PolicyClause.SANCTIONS, () -> matter.giveSanctionNotice(CONDUCT_OFFICER,
                        List.of(new Reprimand("Reprimand"), new Termination()), ANNUAL_SALARY, fixture.clock));
        assertTrue(refused.getMessage().contains("s15(1)(a)"));
        fixture.giveSanctionNotice(matter);
        assertEquals(ConductMatterStage.SANCTION_NOTICE_GIVEN, matter.stage());
    }

    @Test
    void the_delegate_imposes_only_sanctions_of_the_kinds_proposed() {
        ConductMatter matter = fixture.in(ConductMatterStage.SANCTION_NOTICE_GIVEN);
        assertRefused(matter, "SANCTION_NOT_PROPOSED", PolicyClause.SANCTIONS, () -> matter.decideSanction(DELEGATE,
                List.of(new ReassignmentOfDuties("Records management team")), ANNUAL_SALARY, fixture.clock));
        matter.decideSanction(DELEGATE, List.of(new Reprimand("Only a reprimand")), ANNUAL_SALARY, fixture.clock);
        assertEquals(List.of(new Reprimand("Only a reprimand")), matter.sanctionsImposed());
    }

    @Test
    void a_fine_is_only_for_a_behaviour_found_in_breach() {
        ConductMatter matter = fixture.in(ConductMatterStage.DETERMINED_BREACH);
        assertRefused(matter, "FINE_FOR_BEHAVIOUR_NOT_IN_BREACH", PolicyClause.SANCTIONS,
                () -> matter.giveSanctionNotice(CONDUCT_OFFICER, List.of(new FineBySalaryDeduction(SECOND,
                        Money.of("100.00"))), ANNUAL_SALARY, fixture.clock));
        assertRefused(matter, "UNKNOWN_BEHAVIOUR", PolicyClause.SANCTIONS,
                () -> matter.giveSanctionNotice(CONDUCT_OFFICER, List.of(new FineBySalaryDeduction(BehaviourId.of(9),
                        Money.of("100.00"))), ANNUAL_SALARY, fixture.clock));
    }

    @Test
    void a_reduction_in_salary_is_to_a_salary_below_the_current_one() {
        ConductMatter matter = fixture.in(ConductMatterStage.DETERMINED_BREACH);
        assertRefused(matter, "SALARY_REDUCTION_NOT_BELOW_SALARY", PolicyClause.SANCTIONS,
                () -> matter.giveSanctionNotice(CONDUCT_OFFICER, List.of(new ReductionInSalary(ANNUAL_SALARY,
                        "12 months")), ANNUAL_SALARY, fixture.clock));
        matter.giveSanctionNotice(CONDUCT_OFFICER, List.of(new ReductionInSalary(Money.of("99999.99"),
                "12 months")), ANNUAL_SALARY, fixture.clock);
        assertEquals(ConductMatterStage.SANCTION_NOTICE_GIVEN, matter.stage());
    }

    @Test
    void a_fine_of_exactly_two_percent_of_the_annual_salary_is_proposed_and_imposed() {
        ConductMatter matter = fixture.in(ConductMatterStage.DETERMINED_BREACH);
        List<Sanction> fine = List.of(new FineBySalaryDeduction(FIRST, MAXIMUM_FINE));
        matter.giveSanctionNotice(CONDUCT_OFFICER, fine, ANNUAL_SALARY, fixture.clock);
        matter.decideSanction(DELEGATE, fine, ANNUAL_SALARY, fixture.clock);
        assertEquals(fine, matter.sanctionsImposed());
    }

    @Test
    void a_fine_one_cent_over_two_percent_of_the_annual_salary_is_refused() {
        ConductMatter matter = fixture.in(ConductMatterStage.DETERMINED_BREACH);
        List<Sanction> tooMuch = List.of(new FineBySalaryDeduction(FIRST, MAXIMUM_FINE.plus(Money.ofCents(1))));
        CommandRefusedException refused = assertRefused(matter, "FINE_EXCEEDS_TWO_PERCENT_OF_SALARY",
                PolicyClause.SANCTIONS, () -> matter.giveSanctionNotice(CONDUCT_OFFICER, tooMuch, ANNUAL_SALARY,
                        fixture.clock));
        assertTrue(refused.getMessage().contains("AUD 2000.01"), refused.getMessage());
    }

    @Test
    void the_delegate_cannot_impose_a_fine_over_two_percent_even_if_a_smaller_one_was_proposed() {
        ConductMatter matter = fixture.in(ConductMatterStage.SANCTION_NOTICE_GIVEN);
        assertRefused(matter, "FINE_EXCEEDS_TWO_PERCENT_OF_SALARY", PolicyClause.SANCTIONS,
                () -> matter.decideSanction(DELEGATE, List.of(new FineBySalaryDeduction(FIRST, Money.of("2000.01"))),
                        ANNUAL_SALARY, fixture.clock));
    }

    @Test
    void fines_for_the_same_behaviour_together_may_not_exceed_two_percent() {
        ConductMatter matter = fixture.in(ConductMatterStage.DETERMINED_BREACH);
        assertRefused(matter, "FINE_EXCEEDS_TWO_PERCENT_OF_SALARY", PolicyClause.SANCTIONS,
                () -> matter.giveSanctionNotice(CONDUCT_OFFICER, List.of(
                        new FineBySalaryDeduction(FIRST, Money.of("1000.00")),
                        new FineBySalaryDeduction(FIRST, Money.of("1000.01"))), ANNUAL_SALARY, fixture.clock));
    }

    @Test
    void each_behaviour_in_breach_can_be_fined_up_to_two_percent() {
        ConductMatter matter = fixture.in(ConductMatterStage.RESPONSE_RECEIVED);
        matter.determineBreach(DECISION_MAKER, ConductMatterFixture.bothBehavioursInBreach(), "Both proven",
                fixture.clock);
        List<Sanction> fines = List.of(new FineBySalaryDeduction(FIRST, MAXIMUM_FINE),
                new FineBySalaryDeduction(SECOND, MAXIMUM_FINE));
        matter.giveSanctionNotice(CONDUCT_OFFICER, fines, ANNUAL_SALARY, fixture.clock);
        matter.decideSanction(DELEGATE, fines, ANNUAL_SALARY, fixture.clock);
        assertEquals(fines, matter.sanctionsImposed());
    }

    @Test
    void the_fine_limit_policy_rounds_two_percent_down_to_the_cent() {
        FineLimitPolicy policy = new FineLimitPolicy();
        Money salary = Money.of("85123.45");
        assertEquals(Money.of("1702.46"), policy.maximumFinePerBehaviour(salary));
        assertTrue(policy.check(List.of(new FineBySalaryDeduction(FIRST, Money.of("1702.46"))), salary).isAllowed());
        assertFalse(policy.check(List.of(new FineBySalaryDeduction(FIRST, Money.of("1702.47"))), salary)
                .isAllowed());
        assertTrue(policy.check(List.of(new Reprimand("No fine at all")), Money.ZERO).isAllowed());
    }

    // ------------------------------------------------------------------------------------ interim measures

    @Test
    void an_interim_measure_is_recorded_before_any_breach_and_is_not_a_sanction() {
        ConductMatter matter = fixture.in(ConductMatterStage.REPORTED);
        InterimMeasure suspension = fixture.suspension();
        InterimMeasureRecorded event = matter.recordInterimMeasure(CONDUCT_OFFICER, suspension, fixture.clock);
        assertEquals(suspension, event.measure());
        assertEquals(List.of(suspension), matter.interimMeasures());
        assertEquals(ConductMatterStage.REPORTED, matter.stage(), "an interim measure does not move the procedure");
        assertTrue(matter.sanctionsImposed().isEmpty(), "an interim measure is not a sanction imposed");
        assertFalse(Sanction.class.isAssignableFrom(InterimMeasure.class), "an interim measure is not a Sanction");
    }

    @Test
    void interim_measures_and_sanctions_are_kept_apart_on_the_matter() {
        ConductMatter matter = fixture.in(ConductMatterStage.SANCTION_NOTICE_GIVEN);
        InterimMeasure reassignment = InterimMeasure.reassignment("Duties without access to social media",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 6, 30));
        matter.recordInterimMeasure(CONDUCT_OFFICER, reassignment, fixture.clock);
        fixture.decideSanction(matter);
        assertEquals(List.of(reassignment), matter.interimMeasures());
        assertEquals(ConductMatterFixture.reprimandAndFine(), matter.sanctionsImposed());
        assertEquals(2, matter.snapshot().sanctionDecision().imposed().size());
    }

    @Test
    void a_reassignment_pending_the_outcome_describes_the_duties_and_ends_after_it_starts() {
        assertThrows(IllegalArgumentException.class,
                () -> InterimMeasure.reassignment(" ", LocalDate.of(2026, 3, 10), null));
        assertThrows(IllegalArgumentException.class, () -> InterimMeasure.reassignment("Other duties",
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)));
        assertTrue(InterimMeasure.suspension(LocalDate.of(2026, 3, 10), null).untilIfAny().isEmpty());
    }
}
