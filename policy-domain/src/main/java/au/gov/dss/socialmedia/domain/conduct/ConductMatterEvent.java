package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What happened to a conduct matter. Every event is the record of one decision or step of the procedure: it
 * carries the matter, the employee it is about, who acted, when, and the content of the decision, so that the
 * records adapter can archive it on its own. Every one is {@link SecurityClassification#CONDUCT_MATTER OFFICIAL:
 * Sensitive, Personal privacy}.
 */
public sealed interface ConductMatterEvent extends DomainEvent permits ConductMatterEvent.ConductMatterReported,
        ConductMatterEvent.PreliminaryAssessmentStarted, ConductMatterEvent.PreliminaryAssessmentCompleted,
        ConductMatterEvent.BreachNoticeGiven, ConductMatterEvent.ResponseReceived,
        ConductMatterEvent.ResponsePeriodLapsed, ConductMatterEvent.BreachDetermined,
        ConductMatterEvent.NoBreachDetermined, ConductMatterEvent.SanctionNoticeGiven,
        ConductMatterEvent.SanctionImposed, ConductMatterEvent.ConductMatterClosed,
        ConductMatterEvent.ReviewRequested, ConductMatterEvent.InterimMeasureRecorded {

    /** The conduct matter. */
    ConductMatterId matterId();

    /** The employee the matter is about. */
    EmployeeId subject();

    /** How the record of this event must be marked: always OFFICIAL: Sensitive, Personal privacy. */
    default SecurityClassification classification() {
        return SecurityClassification.CONDUCT_MATTER;
    }

    /** The clause of the policy the step rests on. */
    default PolicyClause clause() {
        return PolicyClause.CONDUCT_PROCEDURES;
    }

    /**
     * A suspected breach was reported.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the employee who reported it
     * @param matterId the matter
     * @param subject the employee it is about
     * @param behaviours the behaviours reported
     */
    record ConductMatterReported(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                                 EmployeeId subject, List<Behaviour> behaviours) implements ConductMatterEvent {
        /** Refuses missing parts; copies the behaviours. */
        public ConductMatterReported {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            behaviours = Checks.nonEmptyList("behaviours", behaviours);
        }

        /** The employee who reported it (the actor). */
        public EmployeeId reporter() {
            return actor;
        }
    }

    /**
     * The preliminary assessment started.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the assessor
     * @param matterId the matter
     * @param subject the employee it is about
     */
    record PreliminaryAssessmentStarted(EventId eventId, Instant occurredAt, EmployeeId actor,
                                        ConductMatterId matterId, EmployeeId subject) implements ConductMatterEvent {
        /** Refuses missing parts. */
        public PreliminaryAssessmentStarted {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
        }
    }

    /**
     * The preliminary assessment was completed, with one of its two outcomes: {@link ConductMatterReferred} or
     * {@link NoFurtherActionDecided}.
     */
    sealed interface PreliminaryAssessmentCompleted extends ConductMatterEvent
            permits ConductMatterReferred, NoFurtherActionDecided {

        /** What the assessment decided. */
        PreliminaryOutcome outcome();

        /** Why. */
        String reasons();
    }

    /**
     * The preliminary assessment decided to deal with the matter under the s15(3) procedures: it was referred to
     * the Workplace Relations and Conduct Section.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the assessor who decided
     * @param matterId the matter
     * @param subject the employee it is about
     * @param reasons why
     * @param referredTo the business area it was referred to
     */
    record ConductMatterReferred(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                                 EmployeeId subject, String reasons, BusinessArea referredTo)
            implements PreliminaryAssessmentCompleted {
        /** Refuses missing parts. */
        public ConductMatterReferred {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            reasons = Text.required("assessment reasons", reasons, 8000);
            Objects.requireNonNull(referredTo, "referred to must not be null");
        }

        @Override
        public PreliminaryOutcome outcome() {
            return PreliminaryOutcome.REFER_UNDER_PROCEDURES;
        }
    }

    /**
     * The preliminary assessment decided to take no further action; the matter is closed.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the assessor who decided
     * @param matterId the matter
     * @param subject the employee it is about
     * @param reasons why
     */
    record NoFurtherActionDecided(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                                  EmployeeId subject, String reasons) implements PreliminaryAssessmentCompleted {
        /** Refuses missing parts. */
        public NoFurtherActionDecided {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            reasons = Text.required("assessment reasons", reasons, 8000);
        }

        @Override
        public PreliminaryOutcome outcome() {
            return PreliminaryOutcome.NO_FURTHER_ACTION;
        }
    }

    /**
     * The employee was given written notice of the suspected breach and of the range of sanctions.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the officer who gave it
     * @param matterId the matter
     * @param subject the employee notified
     * @param suspectedBehaviours the behaviours the notice describes
     * @param rangeOfSanctions the sanctions that may be imposed
     * @param responseDeadline until when the employee may respond
     */
    record BreachNoticeGiven(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                             EmployeeId subject, List<Behaviour> suspectedBehaviours,
                             Set<SanctionKind> rangeOfSanctions, Instant responseDeadline)
            implements ConductMatterEvent {
        /** Refuses missing parts; copies the collections. */
        public BreachNoticeGiven {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            suspectedBehaviours = Checks.nonEmptyList("suspected behaviours", suspectedBehaviours);
            rangeOfSanctions = Checks.nonEmptyEnumSet("range of sanctions", SanctionKind.class, rangeOfSanctions);
            Objects.requireNonNull(responseDeadline, "response deadline must not be null");
        }
    }

    /**
     * The employee responded to the breach notice.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the officer who recorded it
     * @param matterId the matter
     * @param subject the employee who responded
     * @param summary a summary of the response
     * @param responseDeadline the deadline of the notice
     * @param late whether it came after the deadline
     */
    record ResponseReceived(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                            EmployeeId subject, String summary, Instant responseDeadline, boolean late)
            implements ConductMatterEvent {
        /** Refuses missing parts. */
        public ResponseReceived {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            summary = Text.required("response summary", summary, 8000);
            Objects.requireNonNull(responseDeadline, "response deadline must not be null");
        }
    }

    /**
     * The response period ended without a response.
     *
     * @param eventId the event
     * @param occurredAt when it was recorded (after the deadline)
     * @param actor the officer who recorded it
     * @param matterId the matter
     * @param subject the employee notified
     * @param responseDeadline the deadline that passed
     */
    record ResponsePeriodLapsed(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                                EmployeeId subject, Instant responseDeadline) implements ConductMatterEvent {
        /** Refuses missing parts. */
        public ResponsePeriodLapsed {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            Objects.requireNonNull(responseDeadline, "response deadline must not be null");
        }
    }

    /**
     * A decision-maker determined that the employee breached the Code of Conduct.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the decision-maker
     * @param matterId the matter
     * @param subject the employee
     * @param findings the finding for each behaviour
     * @param reasons the reasons
     */
    record BreachDetermined(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                            EmployeeId subject, List<BehaviourFinding> findings, String reasons)
            implements ConductMatterEvent {
        /** Refuses missing parts; copies the findings. */
        public BreachDetermined {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            findings = Checks.nonEmptyList("findings", findings);
            reasons = Text.required("determination reasons", reasons, 8000);
        }
    }

    /**
     * A decision-maker determined that the employee did not breach the Code of Conduct.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the decision-maker
     * @param matterId the matter
     * @param subject the employee
     * @param findings the finding for each behaviour (none in breach)
     * @param reasons the reasons
     */
    record NoBreachDetermined(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                              EmployeeId subject, List<BehaviourFinding> findings, String reasons)
            implements ConductMatterEvent {
        /** Refuses missing parts; copies the findings. */
        public NoBreachDetermined {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            findings = Checks.nonEmptyList("findings", findings);
            reasons = Text.required("determination reasons", reasons, 8000);
        }
    }

    /**
     * The employee was given notice of the sanctions proposed.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the officer who gave it
     * @param matterId the matter
     * @param subject the employee
     * @param proposed the sanctions proposed
     * @param annualSalary the annual salary the fines were checked against
     */
    record SanctionNoticeGiven(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                               EmployeeId subject, List<Sanction> proposed, Money annualSalary)
            implements ConductMatterEvent {
        /** Refuses missing parts; copies the sanctions. */
        public SanctionNoticeGiven {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            proposed = Checks.nonEmptyList("proposed sanctions", proposed);
            Objects.requireNonNull(annualSalary, "annual salary must not be null");
        }

        @Override
        public PolicyClause clause() {
            return PolicyClause.SANCTIONS;
        }
    }

    /**
     * A delegate imposed sanctions under s15(1).
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the delegate
     * @param matterId the matter
     * @param subject the employee sanctioned
     * @param sanctions the sanctions imposed
     * @param annualSalary the annual salary the fines were checked against
     * @param delegation the delegation the delegate acted under
     */
    record SanctionImposed(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                           EmployeeId subject, List<Sanction> sanctions, Money annualSalary, String delegation)
            implements ConductMatterEvent {
        /** Refuses missing parts; copies the sanctions. */
        public SanctionImposed {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            sanctions = Checks.nonEmptyList("imposed sanctions", sanctions);
            Objects.requireNonNull(annualSalary, "annual salary must not be null");
            delegation = Text.required("delegation", delegation, 500);
        }

        @Override
        public PolicyClause clause() {
            return PolicyClause.SANCTIONS;
        }
    }

    /**
     * The matter was closed at the end of the procedure or of a review.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the officer who closed it
     * @param matterId the matter
     * @param subject the employee
     * @param reason why
     * @param note the officer's note
     */
    record ConductMatterClosed(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                               EmployeeId subject, ClosureReason reason, String note) implements ConductMatterEvent {
        /** Refuses missing parts. */
        public ConductMatterClosed {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            Objects.requireNonNull(reason, "closure reason must not be null");
            note = Text.required("closure note", note, 8000);
        }
    }

    /**
     * The employee asked for a review of the breach determination or the sanction decision.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the officer who recorded the request
     * @param matterId the matter
     * @param subject the employee, who made the request
     * @param decisions the decisions to review
     * @param grounds the employee's grounds
     */
    record ReviewRequested(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                           EmployeeId subject, Set<ReviewedDecision> decisions, String grounds)
            implements ConductMatterEvent {
        /** Refuses missing parts; copies the decisions. */
        public ReviewRequested {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            decisions = Checks.nonEmptyEnumSet("reviewed decisions", ReviewedDecision.class, decisions);
            grounds = Text.required("review grounds", grounds, 4000);
        }

        /** The employee who asked for the review: always the subject. */
        public EmployeeId requestedBy() {
            return subject;
        }
    }

    /**
     * A measure pending the outcome was recorded. It is not a sanction.
     *
     * @param eventId the event
     * @param occurredAt when
     * @param actor the officer who recorded it
     * @param matterId the matter
     * @param subject the employee
     * @param measure the measure
     */
    record InterimMeasureRecorded(EventId eventId, Instant occurredAt, EmployeeId actor, ConductMatterId matterId,
                                  EmployeeId subject, InterimMeasure measure) implements ConductMatterEvent {
        /** Refuses missing parts. */
        public InterimMeasureRecorded {
            Checks.eventParts(eventId, occurredAt, actor, matterId, subject);
            Objects.requireNonNull(measure, "interim measure must not be null");
        }
    }
}
