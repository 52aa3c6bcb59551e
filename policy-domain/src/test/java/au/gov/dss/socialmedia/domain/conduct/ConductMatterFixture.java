package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Conduct matters for tests, in any stage of the procedure, and the people who act on them. Each fixture has its
 * own {@link TestClock}; the steps move it forward a day at a time so that events are ordered in time.
 */
public final class ConductMatterFixture {

    /** The employee who reports the suspected breach (Families Group). */
    public static final Employee REPORTER = EmployeeFixture.familiesOfficer("E200001");
    /** The employee the matter is about (Families Group). */
    public static final Employee SUBJECT = EmployeeFixture.familiesOfficer("E200002");
    /** A conduct section officer who makes the preliminary assessment. */
    public static final Employee ASSESSOR = EmployeeFixture.conductOfficer("E300001");
    /** A conduct section officer who gives notices and records steps. */
    public static final Employee CONDUCT_OFFICER = EmployeeFixture.conductOfficer("E300002");
    /** A conduct section officer who determines the breach. */
    public static final Employee DECISION_MAKER = EmployeeFixture.conductOfficer("E300003");
    /** A conduct section officer who is the Secretary's delegate for sanctions. */
    public static final Employee DELEGATE_OFFICER = EmployeeFixture.conductOfficer("E300004");
    /** A CMB officer, outside the conduct section. */
    public static final Employee CMB_OFFICER = EmployeeFixture.cmbOfficer("E100001");
    /** The delegation the delegate acts under. */
    public static final String DELEGATION = "Secretary's delegation under s15(1) of the Public Service Act 1999, item 4";
    /** The sanction delegate. */
    public static final Delegate DELEGATE = new Delegate(DELEGATE_OFFICER, DELEGATION);
    /** The subject's annual salary. */
    public static final Money ANNUAL_SALARY = Money.of("100000.00");
    /** 2% of {@link #ANNUAL_SALARY}: the largest fine for one behaviour. */
    public static final Money MAXIMUM_FINE = Money.of("2000.00");
    /** The first behaviour: a derogatory post about a manager. */
    public static final BehaviourId FIRST = BehaviourId.of(1);
    /** The second behaviour: disclosing information about income payments. */
    public static final BehaviourId SECOND = BehaviourId.of(2);
    /** A recorded official post used as evidence. */
    public static final PostId RECORDED_POST = PostId.of("3f2c1a7e-0b4d-4c55-9a8e-6d1f2b3c4d5e");
    /** How long the employee has to respond to the breach notice. */
    public static final Duration RESPONSE_PERIOD = Duration.ofDays(14);

    /** The clock every step of this fixture reads. */
    public final TestClock clock;
    private final Employee subject;
    private final Employee reporter;

    /** A fixture with a clock at {@link TestClock#START}, about {@link #SUBJECT}, reported by {@link #REPORTER}. */
    public ConductMatterFixture() {
        this(new TestClock(), SUBJECT, REPORTER);
    }

    private ConductMatterFixture(TestClock clock, Employee subject, Employee reporter) {
        this.clock = clock;
        this.subject = subject;
        this.reporter = reporter;
    }

    /** The same kind of fixture, with its own clock, for a matter about {@code subject} reported by {@code reporter}. */
    public static ConductMatterFixture about(Employee subject, Employee reporter) {
        return new ConductMatterFixture(new TestClock(), subject, reporter);
    }

    /** The employee this fixture's matters are about. */
    public Employee subject() {
        return subject;
    }

    /** The employee who reports this fixture's matters. */
    public Employee reporter() {
        return reporter;
    }

    // ------------------------------------------------------------------------------------------ behaviours

    /** Behaviour 1: derogatory, obscene posts about a manager on a social networking site. */
    public static Behaviour derogatoryPostAboutManager() {
        return new Behaviour(FIRST, "Posted derogatory and obscene comments about their manager on a social"
                + " networking site", LocalDate.of(2026, 2, 20),
                List.of(Evidence.screenshot("Screenshot of the post taken by a colleague", "EDRMS D26/1234"),
                        Evidence.witnessStatement("Statement of the colleague who saw the post", "EDRMS D26/1235")),
                EnumSet.of(CodeOfConductElement.RESPECT_AND_COURTESY,
                        CodeOfConductElement.UPHOLD_VALUES_AND_REPUTATION),
                EnumSet.of(PolicyClause.PERSONAL_NOT_OFFENSIVE, PolicyClause.BULLYING_AND_HARASSMENT));
    }

    /** Behaviour 2: disclosing non-public information about income payments from an official account. */
    public static Behaviour incomePaymentDisclosure() {
        return new Behaviour(SECOND, "Disclosed non-publicly available information about income payments in a"
                + " reply from an official account", LocalDate.of(2026, 2, 25),
                List.of(Evidence.recordedPost(RECORDED_POST, "The reply as recorded by the system")),
                EnumSet.of(CodeOfConductElement.HONESTY_AND_INTEGRITY, CodeOfConductElement.COMPLY_WITH_LAW),
                EnumSet.of(PolicyClause.PERSONAL_ONLY_PUBLIC_INFORMATION, PolicyClause.PRIVACY));
    }

    /** Both behaviours. */
    public static List<Behaviour> behaviours() {
        return List.of(derogatoryPostAboutManager(), incomePaymentDisclosure());
    }

    /** Behaviour 1 in breach of s13(3), behaviour 2 not in breach. */
    public static List<BehaviourFinding> firstBehaviourInBreach() {
        return List.of(BehaviourFinding.breached(FIRST, CodeOfConductElement.RESPECT_AND_COURTESY),
                BehaviourFinding.notBreached(SECOND));
    }

    /** Both behaviours in breach. */
    public static List<BehaviourFinding> bothBehavioursInBreach() {
        return List.of(BehaviourFinding.breached(FIRST, CodeOfConductElement.RESPECT_AND_COURTESY),
                BehaviourFinding.breached(SECOND, CodeOfConductElement.COMPLY_WITH_LAW));
    }

    /** A reprimand and a fine of $1,000 for behaviour 1. */
    public static List<Sanction> reprimandAndFine() {
        return List.of(new Sanction.Reprimand("Your posts about your manager were disrespectful and harassing."),
                new Sanction.FineBySalaryDeduction(FIRST, Money.of("1000.00")));
    }

    // -------------------------------------------------------------------------------------------- steps

    /** Reports a matter with both behaviours. */
    public Reported report() {
        return ConductMatter.report(reporter, subject.id(), behaviours(), clock);
    }

    /** A matter just reported. */
    public ConductMatter reported() {
        return report().matter();
    }

    /** The matter brought to the given stage by the usual path (the breach path to close a matter). */
    public ConductMatter in(ConductMatterStage stage) {
        ConductMatter matter = reported();
        switch (stage) {
            case REPORTED -> {
            }
            case PRELIMINARY_ASSESSMENT -> startAssessment(matter);
            case REFERRED -> refer(startAssessmentOf(matter));
            case NOTICE_GIVEN -> giveNotice(referred(matter));
            case RESPONSE_RECEIVED -> respond(notified(matter));
            case RESPONSE_PERIOD_LAPSED -> lapse(notified(matter));
            case DETERMINED_BREACH -> determineBreach(responded(matter));
            case DETERMINED_NO_BREACH -> determineNoBreach(responded(matter));
            case SANCTION_NOTICE_GIVEN -> giveSanctionNotice(breached(matter));
            case SANCTION_DECIDED -> decideSanction(sanctionNotified(matter));
            case REVIEW_REQUESTED -> requestReview(sanctionDecided(matter));
            case CLOSED -> close(sanctionDecided(matter));
        }
        if (matter.stage() != stage) {
            throw new IllegalStateException("fixture did not reach " + stage + " but " + matter.stage());
        }
        return matter;
    }

    /** Starts the preliminary assessment. */
    public ConductMatterEvent.PreliminaryAssessmentStarted startAssessment(ConductMatter matter) {
        tick();
        return matter.startPreliminaryAssessment(ASSESSOR, clock);
    }

    /** Refers the matter under the s15(3) procedures. */
    public ConductMatterEvent.ConductMatterReferred refer(ConductMatter matter) {
        tick();
        return matter.refer(ASSESSOR, "The posts, if proven, could breach the Code; deal with it under the"
                + " Secretary's Procedures", clock);
    }

    /** Closes the matter with no further action after the preliminary assessment. */
    public ConductMatterEvent.NoFurtherActionDecided closeWithNoFurtherAction(ConductMatter matter) {
        tick();
        return matter.closeWithNoFurtherAction(ASSESSOR, "The post was made by someone else with a similar name",
                clock);
    }

    /** The response deadline a breach notice given now would set. */
    public Instant deadline() {
        return clock.instant().plus(RESPONSE_PERIOD);
    }

    /** Gives notice of the suspected breach, with every sanction in range and a 14-day response period. */
    public ConductMatterEvent.BreachNoticeGiven giveNotice(ConductMatter matter) {
        tick();
        return matter.giveBreachNotice(CONDUCT_OFFICER, EnumSet.allOf(SanctionKind.class), deadline(), clock);
    }

    /** Records the employee's response, before the deadline. */
    public ConductMatterEvent.ResponseReceived respond(ConductMatter matter) {
        tick();
        return matter.recordResponse(CONDUCT_OFFICER, "The employee admits the post about their manager and denies"
                + " disclosing any information", clock);
    }

    /** Moves the clock past the response deadline and records the lapse. */
    public ConductMatterEvent.ResponsePeriodLapsed lapse(ConductMatter matter) {
        clock.setTo(matter.breachNotice().orElseThrow().responseDeadline().plusSeconds(1));
        return matter.recordResponsePeriodLapsed(CONDUCT_OFFICER, clock);
    }

    /** Determines a breach: behaviour 1 in breach of s13(3), behaviour 2 not. */
    public ConductMatterEvent.BreachDetermined determineBreach(ConductMatter matter) {
        tick();
        return matter.determineBreach(DECISION_MAKER, firstBehaviourInBreach(), "The employee admitted the post;"
                + " no evidence links them to the disclosure", clock);
    }

    /** Determines no breach. */
    public ConductMatterEvent.NoBreachDetermined determineNoBreach(ConductMatter matter) {
        tick();
        return matter.determineNoBreach(DECISION_MAKER, "The account was shown not to be the employee's", clock);
    }

    /** Gives notice of a proposed reprimand and $1,000 fine. */
    public ConductMatterEvent.SanctionNoticeGiven giveSanctionNotice(ConductMatter matter) {
        tick();
        return matter.giveSanctionNotice(CONDUCT_OFFICER, reprimandAndFine(), ANNUAL_SALARY, clock);
    }

    /** The delegate imposes the reprimand and the fine. */
    public ConductMatterEvent.SanctionImposed decideSanction(ConductMatter matter) {
        tick();
        return matter.decideSanction(DELEGATE, reprimandAndFine(), ANNUAL_SALARY, clock);
    }

    /** Records the employee's request to review both decisions. */
    public ConductMatterEvent.ReviewRequested requestReview(ConductMatter matter) {
        tick();
        return matter.recordReviewRequest(CONDUCT_OFFICER, EnumSet.allOf(ReviewedDecision.class),
                "The fine is excessive given the employee's admission", clock);
    }

    /** Closes the matter. */
    public ConductMatterEvent.ConductMatterClosed close(ConductMatter matter) {
        tick();
        return matter.close(CONDUCT_OFFICER, "Procedure complete", clock);
    }

    /** A suspension from today until the outcome. */
    public InterimMeasure suspension() {
        return InterimMeasure.suspension(LocalDate.ofInstant(clock.instant(), clock.getZone()),
                "Suspended with pay pending the outcome");
    }

    /** Every sanction kind. */
    public static Set<SanctionKind> everySanction() {
        return EnumSet.allOf(SanctionKind.class);
    }

    private ConductMatter startAssessmentOf(ConductMatter matter) {
        startAssessment(matter);
        return matter;
    }

    private ConductMatter referred(ConductMatter matter) {
        refer(startAssessmentOf(matter));
        return matter;
    }

    private ConductMatter notified(ConductMatter matter) {
        giveNotice(referred(matter));
        return matter;
    }

    private ConductMatter responded(ConductMatter matter) {
        respond(notified(matter));
        return matter;
    }

    private ConductMatter breached(ConductMatter matter) {
        determineBreach(responded(matter));
        return matter;
    }

    private ConductMatter sanctionNotified(ConductMatter matter) {
        giveSanctionNotice(breached(matter));
        return matter;
    }

    private ConductMatter sanctionDecided(ConductMatter matter) {
        decideSanction(sanctionNotified(matter));
        return matter;
    }

    private void tick() {
        clock.advanceDays(1);
    }
}
