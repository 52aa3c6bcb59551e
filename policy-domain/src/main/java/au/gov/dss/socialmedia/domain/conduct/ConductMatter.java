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

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.BreachDetermined;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.BreachNoticeGiven;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterClosed;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterReferred;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ConductMatterReported;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.InterimMeasureRecorded;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.NoBreachDetermined;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.NoFurtherActionDecided;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.PreliminaryAssessmentStarted;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ResponsePeriodLapsed;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ResponseReceived;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.ReviewRequested;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.SanctionImposed;
import au.gov.dss.socialmedia.domain.conduct.ConductMatterEvent.SanctionNoticeGiven;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Aggregate root: a suspected breach of the APS Code of Conduct by one employee (the subject), reported by another
 * employee, made of one or more {@link Behaviour behaviours}, taken through the Secretary's Procedures under s15(3)
 * of the Public Service Act 1999 and, if a breach is determined, to a sanction under s15(1). The sanctions, the
 * interim measures and the review requests are part of the matter.
 *
 * <p>Each step of the procedure is one method, allowed only in the stage before it (see the package
 * description); a step out of order is refused naming the stage. Every step after the report is taken by an
 * officer of the Workplace Relations and Conduct Section who is neither the subject nor the reporter
 * ({@link ConductMatterActorPolicy}). A refused command leaves the matter exactly as it was.
 */
public final class ConductMatter {

    private static final ConductMatterActorPolicy ACTORS = new ConductMatterActorPolicy();
    private static final FineLimitPolicy FINE_LIMIT = new FineLimitPolicy();

    private final ConductMatterId id;
    private final EmployeeId subject;
    private final EmployeeId reporter;
    private final Instant reportedAt;
    private final List<Behaviour> behaviours;
    private final SecurityClassification classification;
    private ConductMatterStage stage;
    private PreliminaryAssessment preliminaryAssessment;
    private AssessmentDecision assessmentDecision;
    private BreachNotice breachNotice;
    private NoticeResponse noticeResponse;
    private Determination determination;
    private SanctionNotice sanctionNotice;
    private SanctionDecision sanctionDecision;
    private final List<InterimMeasure> interimMeasures;
    private final List<ReviewRequest> reviewRequests;
    private Closure closure;

    private ConductMatter(ConductMatterSnapshot snapshot) {
        this.id = snapshot.id();
        this.subject = snapshot.subject();
        this.reporter = snapshot.reporter();
        this.reportedAt = snapshot.reportedAt();
        this.behaviours = snapshot.behaviours();
        this.classification = snapshot.classification();
        this.stage = snapshot.stage();
        this.preliminaryAssessment = snapshot.preliminaryAssessment();
        this.assessmentDecision = snapshot.assessmentDecision();
        this.breachNotice = snapshot.breachNotice();
        this.noticeResponse = snapshot.noticeResponse();
        this.determination = snapshot.determination();
        this.sanctionNotice = snapshot.sanctionNotice();
        this.sanctionDecision = snapshot.sanctionDecision();
        this.interimMeasures = new ArrayList<>(snapshot.interimMeasures());
        this.reviewRequests = new ArrayList<>(snapshot.reviewRequests());
        this.closure = snapshot.closure();
    }

    // ------------------------------------------------------------------------------------------------ report

    /**
     * Reports a suspected breach by {@code subject}. The reporter cannot be the subject; behaviours have distinct
     * ids and none happened after today. The matter is marked OFFICIAL: Sensitive, Personal privacy.
     */
    public static Reported report(Employee reporter, EmployeeId subject, List<Behaviour> behaviours, Clock clock) {
        Objects.requireNonNull(reporter, "reporter must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        List<Behaviour> reported = Checks.nonEmptyList("behaviours", behaviours);
        Objects.requireNonNull(clock, "clock must not be null");
        Set<BehaviourId> ids = new HashSet<>();
        for (Behaviour behaviour : reported) {
            if (!ids.add(behaviour.id())) {
                throw new IllegalArgumentException("behaviours must have distinct ids, but " + behaviour.id()
                        + " is repeated");
            }
        }
        Instant now = clock.instant();
        if (reporter.id().equals(subject)) {
            throw refused("REPORTER_IS_SUBJECT", PolicyClause.CONDUCT_PROCEDURES, reporter.name()
                    + " cannot report a suspected breach about themselves: a conduct matter is reported by another"
                    + " employee");
        }
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        for (Behaviour behaviour : reported) {
            if (behaviour.occurredOn().isAfter(today)) {
                throw refused("BEHAVIOUR_IN_THE_FUTURE", PolicyClause.CONDUCT_PROCEDURES, "behaviour "
                        + behaviour.id() + " is dated " + behaviour.occurredOn() + ", after today (" + today
                        + "); give the day it happened");
            }
        }
        ConductMatter matter = new ConductMatter(new ConductMatterSnapshot(ConductMatterId.newId(), subject,
                reporter.id(), now, reported, SecurityClassification.CONDUCT_MATTER, REPORTED, null, null, null,
                null, null, null, null, List.of(), List.of(), null));
        return new Reported(matter, new ConductMatterReported(EventId.newId(), now, reporter.id(), matter.id,
                subject, reported));
    }

    // ------------------------------------------------------------------------------- preliminary assessment

    /** Starts the preliminary assessment of a reported matter. */
    public PreliminaryAssessmentStarted startPreliminaryAssessment(Employee assessor, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("start the preliminary assessment of a conduct matter", PolicyClause.CONDUCT_PROCEDURES,
                REPORTED);
        ACTORS.mayActAs(assessor, ConductRole.ASSESSOR, this).orThrow();
        Instant now = clock.instant();
        PreliminaryAssessment started = new PreliminaryAssessment(assessor.id(), now);
        PreliminaryAssessmentStarted event = new PreliminaryAssessmentStarted(EventId.newId(), now, assessor.id(),
                id, subject);
        preliminaryAssessment = started;
        stage = PRELIMINARY_ASSESSMENT;
        return event;
    }

    /**
     * Completes the preliminary assessment by deciding to deal with the matter under the s15(3) procedures: it is
     * referred to the Workplace Relations and Conduct Section.
     */
    public ConductMatterReferred refer(Employee assessor, String reasons, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("refer a conduct matter", PolicyClause.CONDUCT_PROCEDURES, PRELIMINARY_ASSESSMENT);
        ACTORS.mayActAs(assessor, ConductRole.ASSESSOR, this).orThrow();
        Instant now = clock.instant();
        AssessmentDecision decision = new AssessmentDecision(PreliminaryOutcome.REFER_UNDER_PROCEDURES, reasons,
                assessor.id(), now);
        ConductMatterReferred event = new ConductMatterReferred(EventId.newId(), now, assessor.id(), id, subject,
                decision.reasons(), BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT);
        assessmentDecision = decision;
        stage = REFERRED;
        return event;
    }

    /** Completes the preliminary assessment by deciding to take no further action: the matter is closed. */
    public NoFurtherActionDecided closeWithNoFurtherAction(Employee assessor, String reasons, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("take no further action on a conduct matter", PolicyClause.CONDUCT_PROCEDURES,
                PRELIMINARY_ASSESSMENT);
        ACTORS.mayActAs(assessor, ConductRole.ASSESSOR, this).orThrow();
        Instant now = clock.instant();
        AssessmentDecision decision = new AssessmentDecision(PreliminaryOutcome.NO_FURTHER_ACTION, reasons,
                assessor.id(), now);
        Closure closed = new Closure(ClosureReason.NO_FURTHER_ACTION, decision.reasons(), assessor.id(), now);
        NoFurtherActionDecided event = new NoFurtherActionDecided(EventId.newId(), now, assessor.id(), id, subject,
                decision.reasons());
        assessmentDecision = decision;
        closure = closed;
        stage = CLOSED;
        return event;
    }

    // ------------------------------------------------------------------------------ notice and response

    /**
     * Gives the employee written notice of the suspected breach (the behaviours of the matter) and of the range of
     * sanctions that may be imposed, with a response deadline after now.
     */
    public BreachNoticeGiven giveBreachNotice(Employee officer, Set<SanctionKind> rangeOfSanctions,
                                              Instant responseDeadline, Clock clock) {
        Objects.requireNonNull(rangeOfSanctions, "range of sanctions must not be null");
        Objects.requireNonNull(responseDeadline, "response deadline must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("give notice of a suspected breach on a conduct matter", PolicyClause.CONDUCT_PROCEDURES,
                REFERRED);
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        Instant now = clock.instant();
        if (!responseDeadline.isAfter(now)) {
            throw refused("RESPONSE_DEADLINE_NOT_IN_FUTURE", PolicyClause.CONDUCT_PROCEDURES, "the response"
                    + " deadline " + responseDeadline + " must be after the notice (" + now + ") so that the"
                    + " employee can respond");
        }
        BreachNotice notice = new BreachNotice(officer.id(), now, rangeOfSanctions, responseDeadline);
        BreachNoticeGiven event = new BreachNoticeGiven(EventId.newId(), now, officer.id(), id, subject, behaviours,
                notice.rangeOfSanctions(), responseDeadline);
        breachNotice = notice;
        stage = NOTICE_GIVEN;
        return event;
    }

    /** Records the employee's response to the breach notice (a late response is accepted and marked late). */
    public ResponseReceived recordResponse(Employee officer, String summary, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("record a response on a conduct matter", PolicyClause.CONDUCT_PROCEDURES, NOTICE_GIVEN);
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        Instant now = clock.instant();
        boolean late = now.isAfter(breachNotice.responseDeadline());
        NoticeResponse response = new NoticeResponse(NoticeResponse.Kind.RESPONDED, summary, officer.id(), now,
                late);
        ResponseReceived event = new ResponseReceived(EventId.newId(), now, officer.id(), id, subject,
                response.summary(), breachNotice.responseDeadline(), late);
        noticeResponse = response;
        stage = RESPONSE_RECEIVED;
        return event;
    }

    /** Records that the response period lapsed without a response; only after the deadline has passed. */
    public ResponsePeriodLapsed recordResponsePeriodLapsed(Employee officer, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("record the lapse of the response period on a conduct matter", PolicyClause.CONDUCT_PROCEDURES,
                NOTICE_GIVEN);
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        Instant now = clock.instant();
        Instant deadline = breachNotice.responseDeadline();
        if (!now.isAfter(deadline)) {
            throw refused("RESPONSE_PERIOD_NOT_OVER", PolicyClause.CONDUCT_PROCEDURES, "the response period ends"
                    + " at " + deadline + "; the employee may still respond until then");
        }
        NoticeResponse lapse = new NoticeResponse(NoticeResponse.Kind.LAPSED, null, officer.id(), now, false);
        ResponsePeriodLapsed event = new ResponsePeriodLapsed(EventId.newId(), now, officer.id(), id, subject,
                deadline);
        noticeResponse = lapse;
        stage = RESPONSE_PERIOD_LAPSED;
        return event;
    }

    // ------------------------------------------------------------------------------------- determination

    /**
     * Determines that the employee breached the Code of Conduct: one finding per behaviour, at least one in
     * breach, each naming only elements the notice described, with reasons.
     */
    public BreachDetermined determineBreach(Employee decisionMaker, List<BehaviourFinding> findings, String reasons,
                                            Clock clock) {
        List<BehaviourFinding> found = Checks.nonEmptyList("findings", findings);
        Objects.requireNonNull(clock, "clock must not be null");
        requireReadyForDetermination("determine a breach on a conduct matter");
        ACTORS.mayActAs(decisionMaker, ConductRole.BREACH_DECISION_MAKER, this).orThrow();
        checkFindings(found).orThrow();
        if (found.stream().noneMatch(BehaviourFinding::breached)) {
            throw refused("NO_BEHAVIOUR_FOUND_IN_BREACH", PolicyClause.CONDUCT_PROCEDURES, "a breach determination"
                    + " needs at least one behaviour found in breach; determine no breach instead");
        }
        Instant now = clock.instant();
        Determination determined = new Determination(true, found, reasons, decisionMaker.id(), now);
        BreachDetermined event = new BreachDetermined(EventId.newId(), now, decisionMaker.id(), id, subject,
                found, determined.reasons());
        determination = determined;
        stage = DETERMINED_BREACH;
        return event;
    }

    /** Determines that the employee did not breach the Code of Conduct, with reasons (no behaviour in breach). */
    public NoBreachDetermined determineNoBreach(Employee decisionMaker, String reasons, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        requireReadyForDetermination("determine no breach on a conduct matter");
        ACTORS.mayActAs(decisionMaker, ConductRole.BREACH_DECISION_MAKER, this).orThrow();
        Instant now = clock.instant();
        List<BehaviourFinding> findings = behaviours.stream()
                .map(behaviour -> BehaviourFinding.notBreached(behaviour.id())).toList();
        Determination determined = new Determination(false, findings, reasons, decisionMaker.id(), now);
        NoBreachDetermined event = new NoBreachDetermined(EventId.newId(), now, decisionMaker.id(), id, subject,
                findings, determined.reasons());
        determination = determined;
        stage = DETERMINED_NO_BREACH;
        return event;
    }

    // ------------------------------------------------------------------------------------------ sanctions

    /**
     * Gives the employee notice of the sanctions proposed after a breach determination. Every sanction must be in
     * the range the breach notice stated; a fine must be for a behaviour found in breach, and the fines for one
     * behaviour may not exceed 2% of {@code annualSalary}; a reduced salary must be below it.
     */
    public SanctionNoticeGiven giveSanctionNotice(Employee officer, List<Sanction> proposed, Money annualSalary,
                                                  Clock clock) {
        List<Sanction> sanctions = Checks.nonEmptyList("proposed sanctions", proposed);
        Objects.requireNonNull(annualSalary, "annual salary must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        requireBreachForSanction("give notice of proposed sanctions on a conduct matter", DETERMINED_BREACH);
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        checkSanctions(sanctions, annualSalary, breachNotice.rangeOfSanctions(), "SANCTION_NOT_IN_NOTIFIED_RANGE",
                "is not in the range of sanctions the breach notice stated").orThrow();
        Instant now = clock.instant();
        SanctionNotice notice = new SanctionNotice(sanctions, annualSalary, officer.id(), now);
        SanctionNoticeGiven event = new SanctionNoticeGiven(EventId.newId(), now, officer.id(), id, subject,
                sanctions, annualSalary);
        sanctionNotice = notice;
        stage = SANCTION_NOTICE_GIVEN;
        return event;
    }

    /**
     * The delegate's decision: imposes sanctions of the kinds proposed in the sanction notice, under the same rules
     * (fines for behaviours in breach, at most 2% of {@code annualSalary} per behaviour).
     */
    public SanctionImposed decideSanction(Delegate delegate, List<Sanction> imposed, Money annualSalary,
                                          Clock clock) {
        Objects.requireNonNull(delegate, "delegate must not be null");
        List<Sanction> sanctions = Checks.nonEmptyList("imposed sanctions", imposed);
        Objects.requireNonNull(annualSalary, "annual salary must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        requireBreachForSanction("decide the sanction on a conduct matter", SANCTION_NOTICE_GIVEN);
        ACTORS.mayActAs(delegate.officer(), ConductRole.SANCTION_DELEGATE, this).orThrow();
        Set<SanctionKind> proposedKinds = EnumSet.noneOf(SanctionKind.class);
        sanctionNotice.proposed().forEach(sanction -> proposedKinds.add(sanction.kind()));
        checkSanctions(sanctions, annualSalary, proposedKinds, "SANCTION_NOT_PROPOSED",
                "was not proposed in the sanction notice").orThrow();
        Instant now = clock.instant();
        EmployeeId delegateId = delegate.officer().id();
        SanctionDecision decision = new SanctionDecision(sanctions, annualSalary, delegateId, delegate.delegation(),
                now);
        SanctionImposed event = new SanctionImposed(EventId.newId(), now, delegateId, id, subject, sanctions,
                annualSalary, delegate.delegation());
        sanctionDecision = decision;
        stage = SANCTION_DECIDED;
        return event;
    }

    // ------------------------------------------------------------------------------------ close and review

    /**
     * Closes the matter after a no-breach determination, after the sanction decision, or when a requested review
     * is finished.
     */
    public ConductMatterClosed close(Employee officer, String note, Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        ClosureReason reason = switch (stage) {
            case DETERMINED_NO_BREACH -> ClosureReason.NO_BREACH;
            case SANCTION_DECIDED -> ClosureReason.SANCTIONS_DECIDED;
            case REVIEW_REQUESTED -> ClosureReason.REVIEW_FINISHED;
            default -> throw new CommandRefusedException(Refusal.stateForbids("close a conduct matter", stage,
                    PolicyClause.CONDUCT_PROCEDURES));
        };
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        Instant now = clock.instant();
        Closure closed = new Closure(reason, note, officer.id(), now);
        ConductMatterClosed event = new ConductMatterClosed(EventId.newId(), now, officer.id(), id, subject, reason,
                closed.note());
        closure = closed;
        stage = CLOSED;
        return event;
    }

    /**
     * Records the employee's request for a review of the breach determination and/or the sanction decision. A
     * review is requested once the sanctions are decided, before or after the matter is closed; the matter then
     * waits in {@link ConductMatterStage#REVIEW_REQUESTED} until it is closed again when the review is finished.
     */
    public ReviewRequested recordReviewRequest(Employee officer, Set<ReviewedDecision> decisions, String grounds,
                                               Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        if (stage == CLOSED && sanctionDecision == null) {
            throw refused("NO_DECISION_TO_REVIEW", PolicyClause.CONDUCT_PROCEDURES, "cannot record a review"
                    + " request on a conduct matter that is CLOSED without a breach determination and sanction"
                    + " decision: there is no decision against the employee to review");
        }
        requireStage("record a review request on a conduct matter", PolicyClause.CONDUCT_PROCEDURES,
                SANCTION_DECIDED, CLOSED);
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        Instant now = clock.instant();
        ReviewRequest request = new ReviewRequest(decisions, grounds, officer.id(), now);
        ReviewRequested event = new ReviewRequested(EventId.newId(), now, officer.id(), id, subject,
                request.decisions(), request.grounds());
        reviewRequests.add(request);
        stage = REVIEW_REQUESTED;
        return event;
    }

    // ------------------------------------------------------------------------------------ interim measures

    /**
     * Records a measure pending the outcome (suspension or re-assignment). It is not a sanction: it needs no
     * breach determination, and it is kept apart from the sanctions. Allowed while the outcome is pending, from
     * the report until the sanction decision.
     */
    public InterimMeasureRecorded recordInterimMeasure(Employee officer, InterimMeasure measure, Clock clock) {
        Objects.requireNonNull(measure, "interim measure must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        requireStage("record an interim measure on a conduct matter", PolicyClause.CONDUCT_PROCEDURES, REPORTED,
                PRELIMINARY_ASSESSMENT, REFERRED, NOTICE_GIVEN, RESPONSE_RECEIVED, RESPONSE_PERIOD_LAPSED,
                DETERMINED_BREACH, SANCTION_NOTICE_GIVEN);
        ACTORS.mayActAs(officer, ConductRole.CONDUCT_OFFICER, this).orThrow();
        Instant now = clock.instant();
        InterimMeasureRecorded event = new InterimMeasureRecorded(EventId.newId(), now, officer.id(), id, subject,
                measure);
        interimMeasures.add(measure);
        return event;
    }

    // ------------------------------------------------------------------------------------------- checks

    private static CommandRefusedException refused(String code, PolicyClause clause, String reason) {
        return new CommandRefusedException(new Refusal(code, clause, reason));
    }

    private void requireStage(String action, PolicyClause clause, ConductMatterStage... allowed) {
        for (ConductMatterStage candidate : allowed) {
            if (stage == candidate) {
                return;
            }
        }
        throw new CommandRefusedException(Refusal.stateForbids(action, stage, clause));
    }

    private void requireReadyForDetermination(String action) {
        switch (stage) {
            case RESPONSE_RECEIVED, RESPONSE_PERIOD_LAPSED -> {
                return;
            }
            case REPORTED, PRELIMINARY_ASSESSMENT, REFERRED, NOTICE_GIVEN -> throw refused(
                    "NO_DETERMINATION_BEFORE_NOTICE_AND_RESPONSE", PolicyClause.CONDUCT_PROCEDURES, "cannot " + action
                            + " that is " + stage.name() + ": the employee must first be given written notice of the"
                            + " suspected breach and respond, or let the response period lapse");
            default -> throw new CommandRefusedException(Refusal.stateForbids(action, stage,
                    PolicyClause.CONDUCT_PROCEDURES));
        }
    }

    private void requireBreachForSanction(String action, ConductMatterStage required) {
        if (stage == required) {
            return;
        }
        if (determination == null || !determination.breach()) {
            throw refused("NO_SANCTION_WITHOUT_BREACH", PolicyClause.SANCTIONS, "cannot " + action + " that is "
                    + stage.name() + ": a sanction needs a determination that the employee breached the Code of"
                    + " Conduct");
        }
        throw new CommandRefusedException(Refusal.stateForbids(action, stage, PolicyClause.SANCTIONS));
    }

    private Decision checkFindings(List<BehaviourFinding> findings) {
        Map<BehaviourId, Behaviour> byId = new HashMap<>();
        behaviours.forEach(behaviour -> byId.put(behaviour.id(), behaviour));
        Set<BehaviourId> covered = new HashSet<>();
        for (BehaviourFinding finding : findings) {
            Behaviour behaviour = byId.get(finding.behaviour());
            if (behaviour == null) {
                return Decision.refused("UNKNOWN_BEHAVIOUR", PolicyClause.CONDUCT_PROCEDURES, "the matter has no"
                        + " behaviour " + finding.behaviour());
            }
            if (!covered.add(finding.behaviour())) {
                return Decision.refused("FINDINGS_MUST_COVER_EVERY_BEHAVIOUR", PolicyClause.CONDUCT_PROCEDURES,
                        "behaviour " + finding.behaviour() + " has more than one finding; give exactly one per"
                                + " behaviour");
            }
            for (CodeOfConductElement element : finding.elementsBreached()) {
                if (!behaviour.mayBreach(element)) {
                    return Decision.refused("ELEMENT_NOT_IN_NOTICE", PolicyClause.CONDUCT_PROCEDURES, "behaviour "
                            + behaviour.id() + " cannot be found to breach " + element.citation() + ": the"
                            + " employee was not given notice of it; only " + citations(behaviour.elements()));
                }
            }
        }
        for (Behaviour behaviour : behaviours) {
            if (!covered.contains(behaviour.id())) {
                return Decision.refused("FINDINGS_MUST_COVER_EVERY_BEHAVIOUR", PolicyClause.CONDUCT_PROCEDURES,
                        "behaviour " + behaviour.id() + " has no finding; give exactly one per behaviour");
            }
        }
        return Decision.allowed();
    }

    private static String citations(Set<CodeOfConductElement> elements) {
        return String.join(", ", elements.stream().map(CodeOfConductElement::citation).toList());
    }

    private Decision checkSanctions(List<Sanction> sanctions, Money annualSalary, Set<SanctionKind> allowedKinds,
                                    String kindCode, String kindReason) {
        for (Sanction sanction : sanctions) {
            if (!allowedKinds.contains(sanction.kind())) {
                return Decision.refused(kindCode, PolicyClause.SANCTIONS, sanction.kind().description() + " ("
                        + sanction.kind().citation() + ") " + kindReason);
            }
            if (sanction instanceof Sanction.FineBySalaryDeduction fine) {
                if (behaviour(fine.behaviour()).isEmpty()) {
                    return Decision.refused("UNKNOWN_BEHAVIOUR", PolicyClause.SANCTIONS, "the matter has no"
                            + " behaviour " + fine.behaviour() + " to fine");
                }
                if (!determination.foundInBreach(fine.behaviour())) {
                    return Decision.refused("FINE_FOR_BEHAVIOUR_NOT_IN_BREACH", PolicyClause.SANCTIONS, "behaviour "
                            + fine.behaviour() + " was not found in breach; a fine is only for a behaviour found in"
                            + " breach");
                }
            }
            if (sanction instanceof Sanction.ReductionInSalary reduction
                    && !reduction.newAnnualSalary().isLessThan(annualSalary)) {
                return Decision.refused("SALARY_REDUCTION_NOT_BELOW_SALARY", PolicyClause.SANCTIONS, "the reduced"
                        + " salary " + reduction.newAnnualSalary() + " must be below the annual salary of "
                        + annualSalary);
            }
        }
        return FINE_LIMIT.check(sanctions, annualSalary);
    }

    // -------------------------------------------------------------------------------------------- reading

    /** The matter's id. */
    public ConductMatterId id() {
        return id;
    }

    /** The employee the matter is about. */
    public EmployeeId subject() {
        return subject;
    }

    /** The employee who reported it. */
    public EmployeeId reporter() {
        return reporter;
    }

    /** When it was reported. */
    public Instant reportedAt() {
        return reportedAt;
    }

    /** The behaviours reported, in order. */
    public List<Behaviour> behaviours() {
        return behaviours;
    }

    /** The behaviour with the given id, if the matter has it. */
    public Optional<Behaviour> behaviour(BehaviourId behaviourId) {
        return behaviours.stream().filter(behaviour -> behaviour.id().equals(behaviourId)).findFirst();
    }

    /** The protective marking: OFFICIAL: Sensitive, Personal privacy. */
    public SecurityClassification classification() {
        return classification;
    }

    /** Where the matter stands. */
    public ConductMatterStage stage() {
        return stage;
    }

    /** Whether the matter is not closed. */
    public boolean isOpen() {
        return stage.isOpen();
    }

    /** The start of the preliminary assessment, once started. */
    public Optional<PreliminaryAssessment> preliminaryAssessment() {
        return Optional.ofNullable(preliminaryAssessment);
    }

    /** How the preliminary assessment ended, once it has. */
    public Optional<AssessmentDecision> assessmentDecision() {
        return Optional.ofNullable(assessmentDecision);
    }

    /** The notice of the suspected breach, once given. */
    public Optional<BreachNotice> breachNotice() {
        return Optional.ofNullable(breachNotice);
    }

    /** The response to the notice or its lapse, once recorded. */
    public Optional<NoticeResponse> noticeResponse() {
        return Optional.ofNullable(noticeResponse);
    }

    /** The breach determination, once made. */
    public Optional<Determination> determination() {
        return Optional.ofNullable(determination);
    }

    /** The notice of proposed sanctions, once given. */
    public Optional<SanctionNotice> sanctionNotice() {
        return Optional.ofNullable(sanctionNotice);
    }

    /** The delegate's sanction decision, once made. */
    public Optional<SanctionDecision> sanctionDecision() {
        return Optional.ofNullable(sanctionDecision);
    }

    /** The sanctions imposed (none before the sanction decision). Interim measures are never among them. */
    public List<Sanction> sanctionsImposed() {
        return sanctionDecision == null ? List.of() : sanctionDecision.imposed();
    }

    /** The measures pending the outcome, oldest first. They are not sanctions. */
    public List<InterimMeasure> interimMeasures() {
        return List.copyOf(interimMeasures);
    }

    /** The review requests, oldest first. */
    public List<ReviewRequest> reviewRequests() {
        return List.copyOf(reviewRequests);
    }

    /** The (latest) closure, once closed. */
    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    // ------------------------------------------------------------------------------------------ persistence

    /** The complete state of the matter. */
    public ConductMatterSnapshot snapshot() {
        return new ConductMatterSnapshot(id, subject, reporter, reportedAt, behaviours, classification, stage,
                preliminaryAssessment, assessmentDecision, breachNotice, noticeResponse, determination,
                sanctionNotice, sanctionDecision, interimMeasures, reviewRequests, closure);
    }

    /**
     * Rebuilds a matter from its snapshot, refusing (with {@link IllegalArgumentException}) a snapshot whose parts
     * do not fit together or do not fit its stage.
     */
    public static ConductMatter restore(ConductMatterSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        SnapshotConsistency.check(snapshot);
        return new ConductMatter(snapshot);
    }

    @Override
    public String toString() {
        return "ConductMatter[" + id + ", " + stage + "]";
    }
}
