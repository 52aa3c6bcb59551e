package au.gov.dss.socialmedia.domain.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.function.Executable;

/**
 * Initiatives, business cases and risk plans that tests share: a complete business case, a complete plan with a
 * HIGH risk that has controls and an owner, and initiatives in every state of the lifecycle. The lead's scenario
 * tests reuse it.
 */
public final class InitiativeFixture {

    /** Drafts and submits the initiatives of this fixture: an ongoing employee of the Families Group. */
    public static final Employee SUBMITTER = EmployeeFixture.familiesOfficer("E200001");

    /** A colleague of the submitter in the sponsoring business area (the Families Group). */
    public static final Employee COLLEAGUE = EmployeeFixture.familiesOfficer("E200002");

    /** An employee of another business area, neither sponsor nor CMB. */
    public static final Employee OUTSIDER = EmployeeFixture.employee("E300001", "Olive Outsider",
            new BusinessArea("HOUS", "Housing Group"));

    /** A CMB officer who decides initiatives. */
    public static final Employee CMB_DECISION_MAKER = EmployeeFixture.cmbOfficer("E100001");

    /** Another CMB officer. */
    public static final Employee CMB_OFFICER = EmployeeFixture.cmbOfficer("E100002");

    /** The sponsoring business area of this fixture's initiatives. */
    public static final BusinessArea SPONSOR = EmployeeFixture.FAMILIES;

    /** The title of this fixture's initiatives. */
    public static final String TITLE = "Families payments awareness campaign";

    private InitiativeFixture() {
    }

    /** A business case with every part filled in, running from 1 April to 30 September 2026. */
    public static BusinessCase completeBusinessCase() {
        return BusinessCase.empty()
                .withObjectives("Raise awareness of changes to family payments from 1 July 2026")
                .withAudience("Parents and carers receiving family payments")
                .withChannels("Facebook", "Instagram")
                .withResourcing("0.5 FTE APS6 content officer in Families Group; CMB moderation support")
                .withMeasuresOfSuccess("Reach of 200,000; fewer than 5% of enquiries about the change unanswered")
                .withDuration(new PlannedPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)));
    }

    /** A HIGH risk (likely, major) with two controls, an owner (the colleague) and its monitoring. */
    public static Risk treatedHighRisk() {
        return Risk.identified("Members of the public post personal details in comments", Likelihood.LIKELY,
                        Consequence.MAJOR)
                .withControls("Moderate comments within one business hour", "Switch channel to the phone line")
                .ownedBy(COLLEAGUE.id())
                .monitoredBy("Weekly moderation report to the Families Group director");
    }

    /** A LOW risk (rare, minor) with no controls and no owner, but monitored. */
    public static Risk monitoredLowRisk() {
        return Risk.identified("Campaign images are slow to load", Likelihood.RARE, Consequence.MINOR)
                .monitoredBy("Checked at each scheduled post");
    }

    /** A complete risk management plan: the treated HIGH risk and the monitored LOW risk. */
    public static RiskManagementPlan completeRiskPlan() {
        return RiskManagementPlan.of(treatedHighRisk(), monitoredLowRisk());
    }

    /** A new draft by {@link #SUBMITTER} for {@link #SPONSOR}, with an empty business case and plan. */
    public static Initiative draft(Clock clock) {
        return Initiative.draft(TITLE, SPONSOR, SUBMITTER, clock).initiative();
    }

    /** A draft with a complete business case and plan, ready for {@link #SUBMITTER} to submit. */
    public static Initiative readyToSubmit(Clock clock) {
        return readyToSubmit(SUBMITTER, SPONSOR, clock);
    }

    /** A draft by the given submitter for the given area, with a complete business case and plan. */
    public static Initiative readyToSubmit(Employee submitter, BusinessArea sponsor, Clock clock) {
        Initiative initiative = Initiative.draft(TITLE, sponsor, submitter, clock).initiative();
        initiative.reviseBusinessCase(submitter, completeBusinessCase(), clock);
        initiative.reviseRiskPlan(submitter, completeRiskPlan(), clock);
        return initiative;
    }

    /** A complete initiative submitted once, awaiting CMB's decision. */
    public static Initiative submitted(Clock clock) {
        Initiative initiative = readyToSubmit(clock);
        initiative.submit(SUBMITTER, clock);
        return initiative;
    }

    /** A submitted initiative for which CMB requested changes. */
    public static Initiative changesRequested(Clock clock) {
        Initiative initiative = submitted(clock);
        initiative.requestChanges(CMB_DECISION_MAKER, "Say how comments are moderated out of hours", clock);
        return initiative;
    }

    /** A submitted initiative approved by CMB. */
    public static Initiative approved(Clock clock) {
        Initiative initiative = submitted(clock);
        initiative.approve(CMB_DECISION_MAKER, "Clear objectives; risks are controlled and owned", clock);
        return initiative;
    }

    /** A submitted initiative rejected by CMB. */
    public static Initiative rejected(Clock clock) {
        Initiative initiative = submitted(clock);
        initiative.reject(CMB_DECISION_MAKER, "The existing departmental account already reaches this audience",
                clock);
        return initiative;
    }

    /** An approved initiative that has started. */
    public static Initiative active(Clock clock) {
        Initiative initiative = approved(clock);
        initiative.activate(SUBMITTER, clock);
        return initiative;
    }

    /** An initiative that ran and was closed. */
    public static Initiative closed(Clock clock) {
        Initiative initiative = active(clock);
        initiative.close(SUBMITTER, "Campaign period ended", clock);
        return initiative;
    }

    /** An initiative of this fixture in the given state. */
    public static Initiative inState(InitiativeStatus status, Clock clock) {
        return switch (status) {
            case DRAFT -> draft(clock);
            case SUBMITTED -> submitted(clock);
            case CHANGES_REQUESTED -> changesRequested(clock);
            case APPROVED -> approved(clock);
            case REJECTED -> rejected(clock);
            case ACTIVE -> active(clock);
            case CLOSED -> closed(clock);
        };
    }

    /**
     * Asserts that the command is refused with {@link CommandRefusedException} and leaves the initiative exactly as
     * it was; returns the refusal for further assertions.
     */
    public static Refusal assertRefused(Initiative initiative, Executable command) {
        InitiativeSnapshot before = initiative.snapshot();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, command);
        assertEquals(before, initiative.snapshot(), "a refused command must leave the initiative as it was");
        return refused.refusal();
    }

    /**
     * Asserts that the command is refused with the given exception type (a malformed argument) and leaves the
     * initiative exactly as it was; returns the exception.
     */
    public static <T extends Throwable> T assertRejectedArgument(Class<T> type, Initiative initiative,
                                                                 Executable command) {
        InitiativeSnapshot before = initiative.snapshot();
        T thrown = assertThrows(type, command);
        assertEquals(before, initiative.snapshot(), "a refused command must leave the initiative as it was");
        return thrown;
    }
}
