package au.gov.dss.socialmedia.admin.initiative.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.Ids;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.StoredChanges;
import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
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
 * The use cases that change social media initiatives: draft, revise the business case, add and remove risks,
 * submit, and CMB's decisions (approve, reject, request changes) with reasons. Each loads the initiative, lets the
 * domain decide (who may revise, submit or decide, and what is missing), stores it, asks for its event to be kept as a
 * record (in the same transaction), and is checked and audited by the {@link CommandRunner}. Any employee may draft,
 * revise and submit (the domain limits it to the submitter and the sponsoring area); deciding is for CMB approvers
 * (the domain refuses the submitter and anyone outside CMB).
 */
@ApplicationScoped
@Transactional
public class InitiativeCommands {

    private InitiativeRepository initiatives;
    private EmployeeLookup lookup;
    private StoredVersions versions;
    private CurrentUser user;
    private CommandRunner commands;
    private RecordKeeping records;
    private Clock clock;
    private StoredChanges changes;

    /** For CDI's proxies. */
    protected InitiativeCommands() {
    }

    /** The use cases over their ports. */
    @Inject
    public InitiativeCommands(InitiativeRepository initiatives, EmployeeLookup lookup, StoredVersions versions,
                              CurrentUser user, CommandRunner commands, RecordKeeping records, Clock clock) {
        this.initiatives = initiatives;
        this.lookup = lookup;
        this.versions = versions;
        this.user = user;
        this.commands = commands;
        this.records = records;
        this.clock = clock;
        this.changes = new StoredChanges(commands, versions, records);
    }

    /** Drafts a new initiative for the sponsoring area; returns its id. */
    public String draft(String title, String sponsoringAreaCode) {
        return commands.run(ProtectedAction.INITIATIVE_DRAFT, Subject.none(String.valueOf(title)), () -> {
            String code = required("sponsoring business area", sponsoringAreaCode);
            var drafted = Initiative.draft(title, lookup.businessArea(code).orElseThrow(() ->
                    new InvalidInputException("area", "constraint.unknownArea", code,
                            "no business area has the code '" + code + "'")), user.employee(), clock);
            initiatives.save(drafted.initiative());
            records.capture(drafted.event());
            String id = drafted.initiative().id().toString();
            return Done.created(id, Subject.of(SubjectKind.INITIATIVE, id, drafted.initiative().title()),
                    "Drafted for " + drafted.initiative().sponsoringArea().name());
        });
    }

    /** Replaces the business case with the form's. */
    public void reviseBusinessCase(String initiativeId, long version, BusinessCaseForm form) {
        change(ProtectedAction.INITIATIVE_REVISE_BUSINESS_CASE, initiativeId, version,
                initiative -> initiative.reviseBusinessCase(user.employee(), businessCase(form), clock),
                "Business case revised");
    }

    /** Adds a risk to the end of the risk register. */
    public void addRisk(String initiativeId, long version, RiskForm form) {
        change(ProtectedAction.INITIATIVE_ADD_RISK, initiativeId, version, initiative -> {
            List<Risk> risks = new ArrayList<>(initiative.riskPlan().risks());
            risks.add(risk(form));
            return initiative.reviseRiskPlan(user.employee(), new RiskManagementPlan(risks), clock);
        }, "Risk added: " + form.description());
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
        }, "Risk " + (index + 1) + " removed");
    }

    /** Submits (or resubmits) the initiative to CMB. */
    public void submit(String initiativeId, long version) {
        change(ProtectedAction.INITIATIVE_SUBMIT, initiativeId, version,
                initiative -> initiative.submit(user.employee(), clock), "Submitted to CMB");
    }

    /** CMB approves the submitted initiative, with reasons. */
    public void approve(String initiativeId, long version, String reasons) {
        change(ProtectedAction.INITIATIVE_APPROVE, initiativeId, version,
                initiative -> initiative.approve(user.employee(), reasons, clock), "Approved: " + reasons);
    }

    /** CMB rejects the submitted initiative, with reasons. */
    public void reject(String initiativeId, long version, String reasons) {
        change(ProtectedAction.INITIATIVE_REJECT, initiativeId, version,
                initiative -> initiative.reject(user.employee(), reasons, clock), "Rejected: " + reasons);
    }

    /** CMB asks for changes to the submitted initiative, saying what to change. */
    public void requestChanges(String initiativeId, long version, String reasons) {
        change(ProtectedAction.INITIATIVE_REQUEST_CHANGES, initiativeId, version,
                initiative -> initiative.requestChanges(user.employee(), reasons, clock),
                "Changes requested: " + reasons);
    }

    private void change(ProtectedAction action, String initiativeId, long version,
                        Function<Initiative, DomainEvent> command, String summary) {
        Optional<Initiative> stored = Ids.parse(initiativeId, InitiativeId::of).flatMap(initiatives::find);
        String label = stored.map(Initiative::title).orElse("an unknown initiative");
        changes.apply(action, Subject.of(SubjectKind.INITIATIVE, String.valueOf(initiativeId), label),
                "The initiative '" + label + "'", version, stored, command, initiatives::save, summary);
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
