package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A social media initiative: an official social media activity that, under the policy, "must be supported by a
 * business case, and approved by CMB" before it commences, with "a Risk Management Plan" accompanying the business
 * case. The aggregate root of this package.
 *
 * <p>Lifecycle (see {@link InitiativeStatus}): DRAFT -&gt; SUBMITTED -&gt; APPROVED | REJECTED | CHANGES_REQUESTED;
 * CHANGES_REQUESTED -&gt; SUBMITTED (resubmitted); APPROVED -&gt; ACTIVE -&gt; CLOSED; APPROVED -&gt; CLOSED (approved
 * but never started). Every command checks everything first and either changes the initiative and returns its
 * event, or throws {@link CommandRefusedException} and leaves the initiative exactly as it was.
 */
public final class Initiative {

    /** The most characters a title may have. */
    public static final int MAX_TITLE = 200;
    /** The most characters the reasons of a decision may have. */
    public static final int MAX_REASONS = 4000;

    private static final PolicyClause LIFECYCLE = PolicyClause.PRINCIPLE_APPROVED_ACTIVITY;

    private final InitiativeId id;
    private final String title;
    private final BusinessArea sponsoringArea;
    private final EmployeeId submitter;
    private final Instant draftedAt;
    private InitiativeStatus status;
    private BusinessCase businessCase;
    private RiskManagementPlan riskPlan;
    private int submissionCount;
    private final List<InitiativeDecision> decisions;
    private Instant activatedAt;
    private Closure closure;

    private Initiative(InitiativeSnapshot s) {
        this.id = s.id();
        this.title = s.title();
        this.sponsoringArea = s.sponsoringArea();
        this.submitter = s.submitter();
        this.draftedAt = s.draftedAt();
        this.status = s.status();
        this.businessCase = s.businessCase();
        this.riskPlan = s.riskPlan();
        this.submissionCount = s.submissionCount();
        this.decisions = new ArrayList<>(s.decisions());
        this.activatedAt = s.activatedAt().orElse(null);
        this.closure = s.closure().orElse(null);
    }

    /**
     * Drafts a new initiative with an empty business case and risk plan. The submitter drafts it on behalf of the
     * sponsoring business area (usually their own; CMB may draft for another area) and is the one who submits it.
     *
     * @param title the initiative's title, 1 to 200 characters
     * @param sponsoringArea the business area that sponsors it
     * @param submitter the employee drafting it
     * @param clock the time source
     * @return the new draft and its {@link InitiativeDrafted} event
     */
    public static Drafted draft(String title, BusinessArea sponsoringArea, Employee submitter, Clock clock) {
        String checkedTitle = Text.required("initiative title", title, MAX_TITLE);
        Objects.requireNonNull(sponsoringArea, "sponsoring business area must not be null");
        Objects.requireNonNull(submitter, "submitter must not be null");
        Instant now = clock.instant();
        Initiative initiative = new Initiative(new InitiativeSnapshot(InitiativeId.newId(), checkedTitle,
                sponsoringArea, submitter.id(), now, InitiativeStatus.DRAFT, BusinessCase.empty(),
                RiskManagementPlan.empty(), 0, List.of(), Optional.empty(), Optional.empty()));
        return new Drafted(initiative, new InitiativeDrafted(EventId.newId(), now, submitter.id(), initiative.id,
                checkedTitle, sponsoringArea));
    }

    /**
     * Replaces the business case. Allowed in DRAFT and CHANGES_REQUESTED, to the submitter or an employee of the
     * sponsoring business area ({@link SponsorPolicy#mayRevise}). The case may still be incomplete.
     */
    public BusinessCaseRevised reviseBusinessCase(Employee actor, BusinessCase revised, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(revised, "business case must not be null");
        requireOpenForRevision("revise the business case of an initiative");
        SponsorPolicy.mayRevise(actor, submitter, sponsoringArea).orThrow();
        Instant now = clock.instant();
        this.businessCase = revised;
        return new BusinessCaseRevised(EventId.newId(), now, actor.id(), id, revised);
    }

    /**
     * Replaces the risk management plan. Allowed in DRAFT and CHANGES_REQUESTED, to the submitter or an employee of
     * the sponsoring business area ({@link SponsorPolicy#mayRevise}). The plan may still be incomplete.
     */
    public RiskPlanRevised reviseRiskPlan(Employee actor, RiskManagementPlan revised, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(revised, "risk plan must not be null");
        requireOpenForRevision("revise the risk management plan of an initiative");
        SponsorPolicy.mayRevise(actor, submitter, sponsoringArea).orThrow();
        Instant now = clock.instant();
        this.riskPlan = revised;
        return new RiskPlanRevised(EventId.newId(), now, actor.id(), id, revised);
    }

    /**
     * Submits (or resubmits) the initiative to CMB: DRAFT or CHANGES_REQUESTED -&gt; SUBMITTED. Only the submitter
     * may submit ({@link SponsorPolicy#maySubmit}), and only a complete business case and plan
     * ({@link SubmissionPolicy}); the refusal lists every gap.
     */
    public InitiativeSubmitted submit(Employee actor, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        requireOpenForRevision("submit an initiative");
        SponsorPolicy.maySubmit(actor, submitter)
                .and(() -> SubmissionPolicy.assess(businessCase, riskPlan))
                .orThrow();
        Instant now = clock.instant();
        this.submissionCount++;
        this.status = InitiativeStatus.SUBMITTED;
        return new InitiativeSubmitted(EventId.newId(), now, actor.id(), id, submissionCount, title, sponsoringArea,
                businessCase, riskPlan);
    }

    /**
     * CMB approves the submitted initiative: SUBMITTED -&gt; APPROVED. The decision-maker must work in CMB and must
     * not be the submitter ({@link DecisionPolicy}); the reasons are required.
     */
    public InitiativeApproved approve(Employee decisionMaker, String reasons, Clock clock) {
        InitiativeDecision decision = decide(decisionMaker, DecisionOutcome.APPROVED, reasons, clock,
                "approve an initiative");
        return new InitiativeApproved(EventId.newId(), decision.decidedAt(), decision.decisionMaker(), id,
                decision.submissionNumber(), title, decision.reasons(), businessCase, riskPlan);
    }

    /**
     * CMB rejects the submitted initiative: SUBMITTED -&gt; REJECTED (final). The decision-maker must work in CMB
     * and must not be the submitter ({@link DecisionPolicy}); the reasons are required.
     */
    public InitiativeRejected reject(Employee decisionMaker, String reasons, Clock clock) {
        InitiativeDecision decision = decide(decisionMaker, DecisionOutcome.REJECTED, reasons, clock,
                "reject an initiative");
        return new InitiativeRejected(EventId.newId(), decision.decidedAt(), decision.decisionMaker(), id,
                decision.submissionNumber(), title, decision.reasons(), businessCase, riskPlan);
    }

    /**
     * CMB asks for changes: SUBMITTED -&gt; CHANGES_REQUESTED, after which the sponsor may revise and resubmit. The
     * decision-maker must work in CMB and must not be the submitter ({@link DecisionPolicy}); the reasons (what to
     * change) are required.
     */
    public InitiativeChangesRequested requestChanges(Employee decisionMaker, String reasons, Clock clock) {
        InitiativeDecision decision = decide(decisionMaker, DecisionOutcome.CHANGES_REQUESTED, reasons, clock,
                "request changes to an initiative");
        return new InitiativeChangesRequested(EventId.newId(), decision.decidedAt(), decision.decisionMaker(), id,
                decision.submissionNumber(), title, decision.reasons(), businessCase, riskPlan);
    }

    /**
     * Starts the approved initiative: APPROVED -&gt; ACTIVE. Allowed to the submitter, an employee of the
     * sponsoring business area, or CMB ({@link SponsorPolicy#mayRun}).
     */
    public InitiativeActivated activate(Employee actor, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        if (status != InitiativeStatus.APPROVED) {
            throw new CommandRefusedException(Refusal.stateForbids("activate an initiative", status, LIFECYCLE));
        }
        SponsorPolicy.mayRun(actor, submitter, sponsoringArea).orThrow();
        Instant now = clock.instant();
        this.activatedAt = now;
        this.status = InitiativeStatus.ACTIVE;
        return new InitiativeActivated(EventId.newId(), now, actor.id(), id);
    }

    /**
     * Closes the initiative: ACTIVE -&gt; CLOSED when it has run its course, or APPROVED -&gt; CLOSED when it is
     * withdrawn before it ever started. Allowed to the submitter, an employee of the sponsoring business area, or
     * CMB ({@link SponsorPolicy#mayRun}); the reason is required. Afterwards no account may be activated for it.
     */
    public InitiativeClosed close(Employee actor, String reason, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        String checkedReason = Text.required("closing reason", reason, 2000);
        if (!status.permitsClosing()) {
            throw new CommandRefusedException(Refusal.stateForbids("close an initiative", status, LIFECYCLE));
        }
        SponsorPolicy.mayRun(actor, submitter, sponsoringArea).orThrow();
        Instant now = clock.instant();
        boolean commenced = status == InitiativeStatus.ACTIVE;
        this.closure = new Closure(actor.id(), checkedReason, now);
        this.status = InitiativeStatus.CLOSED;
        return new InitiativeClosed(EventId.newId(), now, actor.id(), id, checkedReason, commenced);
    }

    private InitiativeDecision decide(Employee decisionMaker, DecisionOutcome outcome, String reasons, Clock clock,
                                      String action) {
        Objects.requireNonNull(decisionMaker, "decision maker must not be null");
        Text.required("decision reasons", reasons, MAX_REASONS);
        if (status != InitiativeStatus.SUBMITTED) {
            throw new CommandRefusedException(Refusal.stateForbids(action, status, LIFECYCLE));
        }
        DecisionPolicy.mayDecide(decisionMaker, submitter).orThrow();
        InitiativeDecision decision = new InitiativeDecision(submissionCount, outcome, decisionMaker.id(), reasons,
                clock.instant());
        this.decisions.add(decision);
        this.status = outcome.resultingStatus();
        return decision;
    }

    private void requireOpenForRevision(String action) {
        if (!status.isOpenForRevision()) {
            throw new CommandRefusedException(Refusal.stateForbids(action, status, LIFECYCLE));
        }
    }

    /** The initiative's identifier. */
    public InitiativeId id() {
        return id;
    }

    /** Its title. */
    public String title() {
        return title;
    }

    /** The business area that sponsors it. */
    public BusinessArea sponsoringArea() {
        return sponsoringArea;
    }

    /** The employee who drafted it and submits it. */
    public EmployeeId submitter() {
        return submitter;
    }

    /** When it was drafted. */
    public Instant draftedAt() {
        return draftedAt;
    }

    /** Where it is in its lifecycle. Accounts ask {@code status().permitsAccountActivation()}. */
    public InitiativeStatus status() {
        return status;
    }

    /** The business case as it now stands. */
    public BusinessCase businessCase() {
        return businessCase;
    }

    /** The risk management plan as it now stands. */
    public RiskManagementPlan riskPlan() {
        return riskPlan;
    }

    /** How many times it has been submitted (resubmissions included). */
    public int submissionCount() {
        return submissionCount;
    }

    /** CMB's decisions, oldest first. */
    public List<InitiativeDecision> decisions() {
        return List.copyOf(decisions);
    }

    /** CMB's latest decision, if it has decided. */
    public Optional<InitiativeDecision> latestDecision() {
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** When it started, once it has. */
    public Optional<Instant> activatedAt() {
        return Optional.ofNullable(activatedAt);
    }

    /** How it was closed, once it has been. */
    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }

    /**
     * What still stops submission, for the business case form's checklist ({@link SubmissionPolicy#gaps}). Empty
     * when the business case and plan are complete.
     */
    public List<String> missingForSubmission() {
        return SubmissionPolicy.gaps(businessCase, riskPlan);
    }

    /** The complete state, immutable. */
    public InitiativeSnapshot snapshot() {
        return new InitiativeSnapshot(id, title, sponsoringArea, submitter, draftedAt, status, businessCase, riskPlan,
                submissionCount, decisions, Optional.ofNullable(activatedAt), Optional.ofNullable(closure));
    }

    /**
     * Rebuilds an initiative from its snapshot, refusing with {@link IllegalArgumentException} a snapshot that no
     * sequence of commands could have produced (for example an APPROVED initiative whose last decision is not an
     * approval, or a SUBMITTED one with an incomplete business case).
     */
    public static Initiative restore(InitiativeSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        checkConsistent(snapshot);
        return new Initiative(snapshot);
    }

    private static void checkConsistent(InitiativeSnapshot s) {
        Text.required("initiative title", s.title(), MAX_TITLE);
        InitiativeStatus status = s.status();
        List<InitiativeDecision> decisions = s.decisions();
        for (int i = 0; i < decisions.size(); i++) {
            InitiativeDecision decision = decisions.get(i);
            require(decision.submissionNumber() == i + 1, "decision " + (i + 1) + " decides submission "
                    + decision.submissionNumber());
            require(i == decisions.size() - 1 || decision.outcome() == DecisionOutcome.CHANGES_REQUESTED,
                    "only the last decision may approve or reject, but decision " + (i + 1) + " is "
                            + decision.outcome());
            require(!decision.decidedAt().isBefore(s.draftedAt()), "decision " + (i + 1) + " precedes drafting");
        }
        Optional<DecisionOutcome> last = decisions.isEmpty() ? Optional.empty()
                : Optional.of(decisions.get(decisions.size() - 1).outcome());
        int expectedSubmissions = status == InitiativeStatus.SUBMITTED ? decisions.size() + 1 : decisions.size();
        require(s.submissionCount() == expectedSubmissions, "a " + status + " initiative with " + decisions.size()
                + " decisions must have been submitted " + expectedSubmissions + " times, not " + s.submissionCount());
        switch (status) {
            case DRAFT -> require(decisions.isEmpty(), "a DRAFT has no decisions");
            case SUBMITTED -> require(last.isEmpty() || last.get() == DecisionOutcome.CHANGES_REQUESTED,
                    "a SUBMITTED initiative can follow only a request for changes");
            case CHANGES_REQUESTED, APPROVED, REJECTED -> require(
                    last.map(DecisionOutcome::resultingStatus).equals(Optional.of(status)),
                    "a " + status + " initiative's last decision must be " + status + ", but was " + last);
            case ACTIVE, CLOSED -> require(last.equals(Optional.of(DecisionOutcome.APPROVED)),
                    "a " + status + " initiative must have been approved, but its last decision was " + last);
        }
        if (!status.isOpenForRevision()) {
            require(SubmissionPolicy.assess(s.businessCase(), s.riskPlan()).isAllowed(),
                    "a " + status + " initiative must have a complete business case and risk plan");
        }
        boolean started = status == InitiativeStatus.ACTIVE
                || status == InitiativeStatus.CLOSED && s.activatedAt().isPresent();
        require(s.activatedAt().isPresent() == started, "a " + status + " initiative "
                + (started ? "must" : "cannot") + " have a start time");
        require(s.closure().isPresent() == (status == InitiativeStatus.CLOSED),
                "only a CLOSED initiative has a closure, and it must");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("inconsistent initiative snapshot: " + message);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Initiative initiative && initiative.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Initiative " + id + " '" + title + "' (" + status + ")";
    }
}
