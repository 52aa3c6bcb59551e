package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeDecision;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import au.gov.dss.socialmedia.domain.initiative.RiskMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The use cases of social media initiatives: draft, revise the business case, add and remove risks, submit, and
 * CMB's decisions (approve, reject, request changes) with reasons; the list and the detail. Each command loads the
 * initiative, lets the domain decide (who may revise, submit or decide, and what is missing), stores it, asks for
 * its event to be kept as a record (in the same transaction) and audits the command. Any employee may draft, revise
 * and submit (the domain limits it to the submitter and the sponsoring area); deciding is for CMB approvers (the
 * domain refuses the submitter and anyone outside CMB).
 */
@ApplicationScoped
@Transactional
public class InitiativeService {

    @Inject
    InitiativeRepository initiatives;

    @Inject
    StoredVersions versions;

    @Inject
    InitiativeListing listing;

    @Inject
    ReferenceData referenceData;

    @Inject
    EmployeeDirectory employees;

    @Inject
    CurrentUser user;

    @Inject
    CommandRunner commands;

    @Inject
    RecordKeeping records;

    @Inject
    Clock clock;

    /** Drafts a new initiative for the sponsoring area; returns its id. */
    public String draft(String title, String sponsoringAreaCode) {
        String[] id = new String[1];
        commands.run(ProtectedAction.INITIATIVE_DRAFT, title, () -> {
            String code = required("sponsoring business area", sponsoringAreaCode);
            var drafted = Initiative.draft(title, referenceData.businessArea(code).orElseThrow(
                    () -> new IllegalArgumentException("no business area has the code '" + code + "'")),
                    user.employee(), clock);
            initiatives.save(drafted.initiative());
            records.capture(drafted.event());
            id[0] = drafted.initiative().id().toString();
            return "drafted " + id[0];
        });
        return id[0];
    }

    /** Replaces the business case with the form's. */
    public void reviseBusinessCase(String initiativeId, long version, BusinessCaseForm form) {
        change(ProtectedAction.INITIATIVE_REVISE_BUSINESS_CASE, initiativeId, version,
                initiative -> initiative.reviseBusinessCase(user.employee(), businessCase(form), clock));
    }

    /** Adds a risk to the end of the risk register. */
    public void addRisk(String initiativeId, long version, RiskForm form) {
        change(ProtectedAction.INITIATIVE_ADD_RISK, initiativeId, version, initiative -> {
            List<Risk> risks = new ArrayList<>(initiative.riskPlan().risks());
            risks.add(risk(form));
            return initiative.reviseRiskPlan(user.employee(), new RiskManagementPlan(risks), clock);
        });
    }

    /** Removes the risk at the index (from 0) from the risk register. */
    public void removeRisk(String initiativeId, long version, int index) {
        change(ProtectedAction.INITIATIVE_REMOVE_RISK, initiativeId, version, initiative -> {
            List<Risk> risks = new ArrayList<>(initiative.riskPlan().risks());
            if (index < 0 || index >= risks.size()) {
                throw new IllegalArgumentException("the risk register has no risk number " + (index + 1));
            }
            risks.remove(index);
            return initiative.reviseRiskPlan(user.employee(), new RiskManagementPlan(risks), clock);
        });
    }

    /** Submits (or resubmits) the initiative to CMB. */
    public void submit(String initiativeId, long version) {
        change(ProtectedAction.INITIATIVE_SUBMIT, initiativeId, version,
                initiative -> initiative.submit(user.employee(), clock));
    }

    /** CMB approves the submitted initiative, with reasons. */
    public void approve(String initiativeId, long version, String reasons) {
        change(ProtectedAction.INITIATIVE_APPROVE, initiativeId, version,
                initiative -> initiative.approve(user.employee(), reasons, clock));
    }

    /** CMB rejects the submitted initiative, with reasons. */
    public void reject(String initiativeId, long version, String reasons) {
        change(ProtectedAction.INITIATIVE_REJECT, initiativeId, version,
                initiative -> initiative.reject(user.employee(), reasons, clock));
    }

    /** CMB asks for changes to the submitted initiative, saying what to change. */
    public void requestChanges(String initiativeId, long version, String reasons) {
        change(ProtectedAction.INITIATIVE_REQUEST_CHANGES, initiativeId, version,
                initiative -> initiative.requestChanges(user.employee(), reasons, clock));
    }

    /** How many initiatives have the status (all when blank). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(String status) {
        return listing.count(status);
    }

    /** One page of the initiatives list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InitiativeRow> rows(String status, int first, int size) {
        return listing.rows(status, first, size);
    }

    /** The initiative as its detail panel shows it, if it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InitiativeDetail> detail(String initiativeId) {
        InitiativeId id = InitiativeId.of(initiativeId);
        return initiatives.find(id).map(initiative -> toDetail(initiative, versions.ofInitiative(id).orElseThrow()));
    }

    /**
     * The 5x5 matrix as heat map rows, most likely first, each cell with its documented rating and how many of the
     * detail's risks are in it.
     */
    public List<List<HeatMapCell>> heatMap(InitiativeDetail detail) {
        List<List<HeatMapCell>> rows = new ArrayList<>();
        for (Likelihood likelihood : Likelihood.values()) {
            List<HeatMapCell> row = new ArrayList<>();
            for (RiskMatrix.Cell cell : RiskMatrix.cells()) {
                if (cell.likelihood() == likelihood) {
                    int count = detail == null ? 0 : (int) detail.risks().stream()
                            .filter(r -> r.likelihoodCode().equals(likelihood.name())
                                    && r.consequenceCode().equals(cell.consequence().name())).count();
                    row.add(new HeatMapCell(likelihood.label(), cell.consequence().label(), cell.rating().name(),
                            count));
                }
            }
            rows.add(0, row);
        }
        return rows;
    }

    /** The choices of the forms: business areas. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> businessAreas() {
        return referenceData.businessAreas();
    }

    /** The choices of the risk form: owners (employees of the area). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> employeesOf(String businessAreaCode) {
        return referenceData.employeesOf(businessAreaCode);
    }

    private void change(ProtectedAction action, String initiativeId, long version,
                        Function<Initiative, DomainEvent> command) {
        commands.run(action, initiativeId, () -> {
            InitiativeId id = InitiativeId.of(initiativeId);
            Initiative initiative = initiatives.get(id);
            long stored = versions.ofInitiative(id).orElseThrow();
            if (stored != version) {
                throw new ConcurrentChangeException("initiative '" + initiative.title() + "'", version, stored);
            }
            DomainEvent event = command.apply(initiative);
            initiatives.save(initiative);
            records.capture(event);
            return event.getClass().getSimpleName() + " " + event.eventId();
        });
    }

    private InitiativeDetail toDetail(Initiative initiative, long version) {
        BusinessCase bc = initiative.businessCase();
        List<InitiativeDetail.RiskLine> risks = new ArrayList<>();
        List<Risk> register = initiative.riskPlan().risks();
        for (int i = 0; i < register.size(); i++) {
            Risk risk = register.get(i);
            risks.add(new InitiativeDetail.RiskLine(i, risk.description(), risk.likelihood().label(),
                    risk.likelihood().name(), risk.consequence().label(), risk.consequence().name(),
                    risk.rating().name(), risk.controls(), risk.owner().map(this::nameOf).orElse(""),
                    risk.monitoring()));
        }
        List<InitiativeDetail.DecisionLine> decisions = new ArrayList<>();
        for (InitiativeDecision decision : initiative.decisions()) {
            decisions.add(new InitiativeDetail.DecisionLine(decision.submissionNumber(), decision.outcome().name(),
                    nameOf(decision.decisionMaker()), decision.reasons(), decision.decidedAt()));
        }
        return new InitiativeDetail(initiative.id().toString(), initiative.title(),
                initiative.sponsoringArea().name(), nameOf(initiative.submitter()), initiative.status().name(),
                bc.objectives(), bc.audience(), bc.channels(), bc.resourcing(), bc.measuresOfSuccess(),
                bc.duration().map(PlannedPeriod::start).orElse(null), bc.duration().map(PlannedPeriod::end).orElse(null),
                risks, decisions, initiative.missingForSubmission(), initiative.status().isOpenForRevision(),
                initiative.status().isAwaitingDecision(), version);
    }

    private String nameOf(EmployeeId id) {
        return employees.find(id).map(e -> e.name()).orElse(id.value());
    }

    private static BusinessCase businessCase(BusinessCaseForm form) {
        Optional<PlannedPeriod> duration = form.plannedStart() == null || form.plannedEnd() == null
                ? Optional.empty() : Optional.of(new PlannedPeriod(form.plannedStart(), form.plannedEnd()));
        return new BusinessCase(orEmpty(form.objectives()), orEmpty(form.audience()), lines(form.channels()),
                orEmpty(form.resourcing()), orEmpty(form.measuresOfSuccess()), duration);
    }

    private static Risk risk(RiskForm form) {
        String owner = orEmpty(form.owner()).strip();
        return new Risk(form.description(),
                Likelihood.valueOf(required("likelihood", form.likelihood()).toUpperCase(Locale.ROOT)),
                Consequence.valueOf(required("consequence", form.consequence()).toUpperCase(Locale.ROOT)),
                lines(form.controls()), owner.isEmpty() ? Optional.empty() : Optional.of(EmployeeId.of(owner)),
                orEmpty(form.monitoring()));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(orEmpty(text).split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
