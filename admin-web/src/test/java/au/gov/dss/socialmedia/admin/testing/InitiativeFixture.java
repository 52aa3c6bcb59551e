package au.gov.dss.socialmedia.admin.testing;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_COLLEAGUE;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;

import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Initiatives built through the domain's own commands, in every state the persistence tests need. */
public final class InitiativeFixture {

    private InitiativeFixture() {
    }

    /** A new, empty draft by {@link Staff#FAMILIES_OFFICER} for the Families Group, drafted at T0. */
    public static Initiative draft() {
        return Initiative.draft("Families payments awareness campaign", FAMILIES, FAMILIES_OFFICER, day(0))
                .initiative();
    }

    /** A business case with every part filled in. */
    public static BusinessCase completeBusinessCase() {
        return BusinessCase.empty()
                .withObjectives("Raise awareness of changes to family payments from 1 July 2026")
                .withAudience("Parents and carers receiving family payments")
                .withChannels("Facebook", "Instagram")
                .withResourcing("0.5 FTE APS6 content officer; CMB moderation support")
                .withMeasuresOfSuccess("Reach of 200,000")
                .withDuration(new PlannedPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)));
    }

    /** A treated HIGH risk with two controls, an owner and monitoring. */
    public static Risk treatedHighRisk() {
        return Risk.identified("Members of the public post personal details", Likelihood.LIKELY, Consequence.MAJOR)
                .withControls("Moderate comments within one business hour", "Switch channel to the phone line")
                .ownedBy(FAMILIES_COLLEAGUE.id())
                .monitoredBy("Weekly moderation report");
    }

    /** A monitored LOW risk with no controls and no owner. */
    public static Risk monitoredLowRisk() {
        return Risk.identified("Campaign images are slow to load", Likelihood.RARE, Consequence.MINOR)
                .monitoredBy("Checked at each scheduled post");
    }

    /** A draft with a complete business case and risk plan. */
    public static Initiative readyToSubmit() {
        Initiative initiative = draft();
        initiative.reviseBusinessCase(FAMILIES_OFFICER, completeBusinessCase(), day(0));
        initiative.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(treatedHighRisk(), monitoredLowRisk()),
                day(0));
        return initiative;
    }

    /** The states an initiative can be stored in, from the barest to the richest. */
    public enum Stage {
        /** A new draft: empty business case, no risks. */
        EMPTY_DRAFT(i -> { }),
        /** A draft partly filled in: some text, one channel, an untreated risk, no period. */
        PARTLY_FILLED_DRAFT(i -> {
            i.reviseBusinessCase(FAMILIES_OFFICER, BusinessCase.empty().withObjectives("Reach parents")
                    .withChannels("LinkedIn"), day(0));
            i.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(Risk.identified("Trolls", Likelihood.POSSIBLE,
                    Consequence.MODERATE)), day(0));
        }),
        /** Complete, submitted once. */
        SUBMITTED(i -> complete(i).submit(FAMILIES_OFFICER, day(1))),
        /** CMB asked for changes. */
        CHANGES_REQUESTED(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.requestChanges(CMB_OFFICER, "Say how comments are moderated out of hours", day(2));
        }),
        /** Revised and submitted a second time. */
        RESUBMITTED(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.requestChanges(CMB_OFFICER, "Say how comments are moderated out of hours", day(2));
            i.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(treatedHighRisk(), monitoredLowRisk(),
                    Risk.identified("Out-of-hours abuse", Likelihood.POSSIBLE, Consequence.MINOR)
                            .withControls("Hide comments automatically overnight").monitoredBy("Morning check")),
                    day(3));
            i.submit(FAMILIES_OFFICER, day(3));
        }),
        /** Approved by CMB. */
        APPROVED(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.approve(CMB_OFFICER, "Clear objectives; risks are controlled and owned", day(2));
        }),
        /** Rejected by CMB. */
        REJECTED(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.reject(CMB_OFFICER, "The departmental account already reaches this audience", day(2));
        }),
        /** Approved and started. */
        ACTIVE(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.approve(CMB_OFFICER, "Clear objectives", day(2));
            i.activate(FAMILIES_OFFICER, day(3));
        }),
        /** Approved, then withdrawn before it started. */
        CLOSED_BEFORE_STARTING(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.approve(CMB_OFFICER, "Clear objectives", day(2));
            i.close(FAMILIES_OFFICER, "Funding withdrawn", day(3));
        }),
        /** Changes requested twice, approved on the third submission, run and closed: every kind of change. */
        EVERYTHING_HAPPENED(i -> {
            complete(i).submit(FAMILIES_OFFICER, day(1));
            i.requestChanges(CMB_OFFICER, "Name an owner for each risk", day(2));
            i.submit(FAMILIES_OFFICER, day(3));
            i.requestChanges(CMB_OFFICER, "Add Threads to the channels", day(4));
            i.reviseBusinessCase(FAMILIES_OFFICER, completeBusinessCase().withChannels("Facebook", "Threads",
                    "Instagram"), day(5));
            i.submit(FAMILIES_OFFICER, day(5));
            i.approve(CMB_OFFICER, "All addressed", day(6));
            i.activate(CMB_OFFICER, day(7));
            i.close(FAMILIES_COLLEAGUE, "Campaign period ended", day(200));
        });

        private final Consumer<Initiative> steps;

        Stage(Consumer<Initiative> steps) {
            this.steps = steps;
        }

        /** A new draft brought into this stage. */
        public Initiative initiative() {
            Initiative initiative = draft();
            steps.accept(initiative);
            return initiative;
        }

        private static Initiative complete(Initiative initiative) {
            initiative.reviseBusinessCase(FAMILIES_OFFICER, completeBusinessCase(), day(0));
            initiative.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(treatedHighRisk(),
                    monitoredLowRisk()), day(0));
            return initiative;
        }
    }
}
