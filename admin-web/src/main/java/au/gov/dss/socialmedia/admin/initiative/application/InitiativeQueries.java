package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.listing.ListQueries;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.Ids;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.DecisionPolicy;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeDecision;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskMatrix;
import au.gov.dss.socialmedia.domain.initiative.SponsorPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the pages read about initiatives: the list (paged and filtered in the database, exported as filtered), an
 * initiative's page with its heat map, the actions open to the reader and its history, and the choices of the forms.
 * Every role may read initiatives.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InitiativeQueries extends ListQueries<InitiativeFilter, InitiativeRow> {

    private static final long serialVersionUID = 1L;

    private transient InitiativeListing listing;
    private transient InitiativeRepository initiatives;
    private transient EmployeeLookup employees;
    private transient History history;
    private transient StoredVersions versions;
    private transient CurrentUser user;

    /** For CDI's proxies. */
    protected InitiativeQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public InitiativeQueries(InitiativeListing listing, InitiativeRepository initiatives, EmployeeLookup employees,
                             History history, StoredVersions versions, CurrentUser user, CommandRunner commands) {
        super(listing, commands, ProtectedAction.INITIATIVE_EXPORT, "initiatives");
        this.listing = listing;
        this.initiatives = initiatives;
        this.employees = employees;
        this.history = history;
        this.versions = versions;
        this.user = user;
    }

    /** The initiative's page, if it exists. */
    public Optional<InitiativeDetail> detail(String initiativeId) {
        Optional<Initiative> found = Ids.parse(initiativeId, InitiativeId::of).flatMap(initiatives::find);
        return found.map(this::toDetail);
    }

    private InitiativeDetail toDetail(Initiative initiative) {
        BusinessCase bc = initiative.businessCase();
        List<InitiativeDetail.RiskLine> risks = new ArrayList<>();
        List<Risk> register = initiative.riskPlan().risks();
        for (int i = 0; i < register.size(); i++) {
            Risk risk = register.get(i);
            risks.add(new InitiativeDetail.RiskLine(i, risk.description(), risk.likelihood().label(),
                    risk.consequence().label(), risk.rating().name(), risk.controls(),
                    risk.owner().map(this::nameOf).orElse(""), risk.monitoring()));
        }
        List<InitiativeDetail.DecisionLine> decisions = new ArrayList<>();
        for (InitiativeDecision decision : initiative.decisions()) {
            decisions.add(new InitiativeDetail.DecisionLine(decision.submissionNumber(), decision.outcome().name(),
                    nameOf(decision.decisionMaker()), decision.reasons(), decision.decidedAt()));
        }
        String id = initiative.id().toString();
        return new InitiativeDetail(id, initiative.title(), initiative.sponsoringArea().code(),
                initiative.sponsoringArea().name(), initiative.submitter().value(), nameOf(initiative.submitter()),
                initiative.draftedAt(), initiative.status().name(), bc.objectives(), bc.audience(), bc.channels(),
                bc.resourcing(), bc.measuresOfSuccess(), bc.duration().map(PlannedPeriod::start).orElse(null),
                bc.duration().map(PlannedPeriod::end).orElse(null), risks, heatMap(register), decisions,
                initiative.missingForSubmission(), initiative.status().isOpenForRevision(), actions(initiative), history.of(SubjectKind.INITIATIVE, id),
                versions.of(SubjectKind.INITIATIVE, id).orElse(0));
    }

    /** The actions the reader's roles allow that the status and the domain's rules permit to them now. */
    private Set<String> actions(Initiative initiative) {
        Actor actor = commands().actor();
        Set<String> actions = new LinkedHashSet<>();
        Optional<Employee> reader = user.username().isPresent() ? Optional.of(user.employee()) : Optional.empty();
        InitiativeStatus status = initiative.status();
        if (reader.isEmpty()) {
            return actions;
        }
        Employee employee = reader.get();
        if (status.isOpenForRevision() && SponsorPolicy.mayRevise(employee, initiative.submitter(),
                initiative.sponsoringArea()).isAllowed()) {
            add(actions, actor, ProtectedAction.INITIATIVE_REVISE_BUSINESS_CASE, ProtectedAction.INITIATIVE_ADD_RISK,
                    ProtectedAction.INITIATIVE_REMOVE_RISK);
            Decision submit = SponsorPolicy.maySubmit(employee, initiative.submitter());
            if (submit.isAllowed()) {
                add(actions, actor, ProtectedAction.INITIATIVE_SUBMIT);
            }
        }
        if (status.isAwaitingDecision() && DecisionPolicy.mayDecide(employee, initiative.submitter()).isAllowed()) {
            add(actions, actor, ProtectedAction.INITIATIVE_APPROVE, ProtectedAction.INITIATIVE_REJECT,
                    ProtectedAction.INITIATIVE_REQUEST_CHANGES);
        }
        return actions;
    }

    private static void add(Set<String> actions, Actor actor, ProtectedAction... candidates) {
        for (ProtectedAction action : candidates) {
            if (actor.may(action)) {
                actions.add(action.name());
            }
        }
    }

    /** The 5x5 matrix as heat map rows, most likely first, each cell with its rating and how many risks are in it. */
    private static List<List<HeatMapCell>> heatMap(List<Risk> risks) {
        List<List<HeatMapCell>> rows = new ArrayList<>();
        for (Likelihood likelihood : Likelihood.values()) {
            List<HeatMapCell> row = new ArrayList<>();
            for (RiskMatrix.Cell cell : RiskMatrix.cells()) {
                if (cell.likelihood() == likelihood) {
                    int count = (int) risks.stream().filter(r -> r.likelihood() == likelihood
                            && r.consequence() == cell.consequence()).count();
                    row.add(new HeatMapCell(likelihood.label(), cell.consequence().label(), cell.rating().name(),
                            count));
                }
            }
            rows.add(0, row);
        }
        return rows;
    }

    /** The initiatives awaiting CMB's decision, oldest first (for My work). */
    public List<Option> awaitingDecision(int max) {
        return listing.awaitingDecision(max);
    }

    /** The reader's own initiatives still open for revision (for My work). */
    public List<Option> mineToComplete(int max) {
        return user.username().isPresent() ? listing.openForRevisionBy(user.employee().id().value(), max) : List.of();
    }

    /** The statuses, for the list's filter. */
    public List<String> statuses() {
        return Arrays.stream(InitiativeStatus.values()).map(Enum::name).toList();
    }

    /** The business areas, for the forms and the filter. */
    public List<Option> businessAreas() {
        return employees.businessAreas();
    }

    /** The area a new initiative defaults to: the reader's own. */
    public String defaultArea() {
        return user.username().isPresent() ? user.employee().businessArea().code() : null;
    }

    /** The risk owners the form offers: employees of the sponsoring area. */
    public List<Option> employeesOf(String businessAreaCode) {
        return employees.ofArea(businessAreaCode);
    }

    private String nameOf(EmployeeId id) {
        return employees.name(id.value()).orElse(id.value());
    }
}
