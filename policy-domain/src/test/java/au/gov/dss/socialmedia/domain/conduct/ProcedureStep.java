package au.gov.dss.socialmedia.domain.conduct;

import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.CLOSED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.DETERMINED_BREACH;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.DETERMINED_NO_BREACH;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.NOTICE_GIVEN;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.PRELIMINARY_ASSESSMENT;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.REFERRED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.REPORTED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.RESPONSE_PERIOD_LAPSED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.RESPONSE_RECEIVED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.REVIEW_REQUESTED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.SANCTION_DECIDED;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterStage.SANCTION_NOTICE_GIVEN;

import au.gov.dss.socialmedia.domain.common.Employee;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every command after the report, with the stages it is allowed in and the stage it leads to, so that tests can
 * try each command in each stage and as each actor.
 */
enum ProcedureStep {
    START_ASSESSMENT(PRELIMINARY_ASSESSMENT, REPORTED) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.startPreliminaryAssessment(actor, f.clock);
        }
    },
    REFER(REFERRED, PRELIMINARY_ASSESSMENT) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.refer(actor, "Refer under the procedures", f.clock);
        }
    },
    CLOSE_WITH_NO_FURTHER_ACTION(CLOSED, PRELIMINARY_ASSESSMENT) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.closeWithNoFurtherAction(actor, "Nothing to it", f.clock);
        }
    },
    GIVE_BREACH_NOTICE(NOTICE_GIVEN, REFERRED) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.giveBreachNotice(actor, ConductMatterFixture.everySanction(), f.deadline(), f.clock);
        }
    },
    RECORD_RESPONSE(RESPONSE_RECEIVED, NOTICE_GIVEN) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.recordResponse(actor, "The employee's response", f.clock);
        }
    },
    RECORD_LAPSE(RESPONSE_PERIOD_LAPSED, NOTICE_GIVEN) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            m.breachNotice().map(notice -> notice.responseDeadline().plusSeconds(1))
                    .filter(afterDeadline -> afterDeadline.isAfter(f.clock.instant())).ifPresent(f.clock::setTo);
            return m.recordResponsePeriodLapsed(actor, f.clock);
        }
    },
    DETERMINE_BREACH(DETERMINED_BREACH, RESPONSE_RECEIVED, RESPONSE_PERIOD_LAPSED) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.determineBreach(actor, ConductMatterFixture.firstBehaviourInBreach(), "Reasons", f.clock);
        }
    },
    DETERMINE_NO_BREACH(DETERMINED_NO_BREACH, RESPONSE_RECEIVED, RESPONSE_PERIOD_LAPSED) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.determineNoBreach(actor, "Reasons", f.clock);
        }
    },
    GIVE_SANCTION_NOTICE(SANCTION_NOTICE_GIVEN, DETERMINED_BREACH) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.giveSanctionNotice(actor, ConductMatterFixture.reprimandAndFine(),
                    ConductMatterFixture.ANNUAL_SALARY, f.clock);
        }
    },
    DECIDE_SANCTION(SANCTION_DECIDED, SANCTION_NOTICE_GIVEN) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.decideSanction(new Delegate(actor, ConductMatterFixture.DELEGATION),
                    ConductMatterFixture.reprimandAndFine(), ConductMatterFixture.ANNUAL_SALARY, f.clock);
        }
    },
    CLOSE(CLOSED, DETERMINED_NO_BREACH, SANCTION_DECIDED, REVIEW_REQUESTED) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.close(actor, "Closing", f.clock);
        }
    },
    RECORD_REVIEW_REQUEST(REVIEW_REQUESTED, SANCTION_DECIDED, CLOSED) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.recordReviewRequest(actor, EnumSet.of(ReviewedDecision.SANCTION_DECISION), "Grounds",
                    f.clock);
        }
    },
    RECORD_INTERIM_MEASURE(null, REPORTED, PRELIMINARY_ASSESSMENT, REFERRED, NOTICE_GIVEN, RESPONSE_RECEIVED,
            RESPONSE_PERIOD_LAPSED, DETERMINED_BREACH, SANCTION_NOTICE_GIVEN) {
        @Override
        ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor) {
            return m.recordInterimMeasure(actor, f.suspension(), f.clock);
        }
    };

    private final ConductMatterStage leadsTo;
    private final Set<ConductMatterStage> allowedIn;

    ProcedureStep(ConductMatterStage leadsTo, ConductMatterStage first, ConductMatterStage... more) {
        this.leadsTo = leadsTo;
        this.allowedIn = EnumSet.of(first, more);
    }

    /** Performs the step on the matter as the given actor (the delegate, for the sanction decision). */
    abstract ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m, Employee actor);

    /** Performs the step as the officer who would usually take it. */
    ConductMatterEvent perform(ConductMatterFixture f, ConductMatter m) {
        return perform(f, m, usualActor());
    }

    /** The officer who usually takes this step. */
    Employee usualActor() {
        return switch (this) {
            case START_ASSESSMENT, REFER, CLOSE_WITH_NO_FURTHER_ACTION -> ConductMatterFixture.ASSESSOR;
            case DETERMINE_BREACH, DETERMINE_NO_BREACH -> ConductMatterFixture.DECISION_MAKER;
            case DECIDE_SANCTION -> ConductMatterFixture.DELEGATE_OFFICER;
            default -> ConductMatterFixture.CONDUCT_OFFICER;
        };
    }

    /** Whether the step is allowed in the stage. */
    boolean allowedIn(ConductMatterStage stage) {
        return allowedIn.contains(stage);
    }

    /** The stages the step is allowed in. */
    Set<ConductMatterStage> allowedStages() {
        return allowedIn;
    }

    /** The stage the step leads to from the given one. */
    ConductMatterStage leadsFrom(ConductMatterStage stage) {
        return leadsTo == null ? stage : leadsTo;
    }

    /** The refusal code expected when the step is tried in a stage that does not allow it. */
    String codeWhenOutOfOrderIn(ConductMatterStage stage) {
        boolean beforeResponse = EnumSet.of(REPORTED, PRELIMINARY_ASSESSMENT, REFERRED, NOTICE_GIVEN).contains(stage);
        boolean withoutBreach = EnumSet.of(REPORTED, PRELIMINARY_ASSESSMENT, REFERRED, NOTICE_GIVEN,
                RESPONSE_RECEIVED, RESPONSE_PERIOD_LAPSED, DETERMINED_NO_BREACH).contains(stage);
        return switch (this) {
            case DETERMINE_BREACH, DETERMINE_NO_BREACH -> beforeResponse
                    ? "NO_DETERMINATION_BEFORE_NOTICE_AND_RESPONSE" : "STATE_FORBIDS_ACTION";
            case GIVE_SANCTION_NOTICE, DECIDE_SANCTION -> withoutBreach
                    ? "NO_SANCTION_WITHOUT_BREACH" : "STATE_FORBIDS_ACTION";
            default -> "STATE_FORBIDS_ACTION";
        };
    }
}
