package au.gov.dss.socialmedia.admin.authorisation.application;

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
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationEvent;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.Granted;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The use cases that change authorisations: grant, suspend, reinstate, revoke and renew, each with what the policy
 * asks (a reason for every change of status). Each loads the authorisation, lets the domain decide (segregation of
 * duties, the state), stores it, asks for its event to be kept as a record in the same transaction, and is checked
 * and audited by the {@link CommandRunner}. Days are counted in Canberra: a period runs from the start of its first
 * day to the end of its last day.
 */
@ApplicationScoped
@Transactional
public class AuthorisationCommands {

    private AuthorisationRepository authorisations;
    private EmployeeDirectory employees;
    private EmployeeLookup lookup;
    private StoredVersions versions;
    private CurrentUser user;
    private CommandRunner commands;
    private RecordKeeping records;
    private Clock clock;
    private StoredChanges changes;

    /** For CDI's proxies. */
    protected AuthorisationCommands() {
    }

    /** The use cases over their ports. */
    @Inject
    @SuppressWarnings("checkstyle:ParameterNumber")
    public AuthorisationCommands(AuthorisationRepository authorisations, EmployeeDirectory employees,
                                 EmployeeLookup lookup, StoredVersions versions, CurrentUser user,
                                 CommandRunner commands, RecordKeeping records, Clock clock) {
        this.authorisations = authorisations;
        this.employees = employees;
        this.lookup = lookup;
        this.versions = versions;
        this.user = user;
        this.commands = commands;
        this.records = records;
        this.clock = clock;
        this.changes = new StoredChanges(commands, versions, records);
    }

    /** Grants the authorisation in the form; returns its id. */
    public String grant(GrantAuthorisation form) {
        String holderNumber = form.holder() == null ? "" : form.holder().strip();
        Subject subject = Subject.none(lookup.label(holderNumber).orElse(holderNumber));
        return commands.run(ProtectedAction.AUTHORISATION_GRANT, subject, () -> {
            Employee holder = employees.find(EmployeeId.of(required("holder", holderNumber))).orElseThrow(() ->
                    new InvalidInputException("holder", "constraint.unknownEmployee", holderNumber,
                            "no employee has the number " + holderNumber));
            Role role = Role.valueOf(required("role", form.role()).toUpperCase(Locale.ROOT));
            if (!form.allCmbAccounts() && form.accounts().isEmpty()) {
                throw new InvalidInputException("accounts", "authorisations.noAccount", "",
                        "choose the accounts it covers, or all CMB accounts");
            }
            AccountScope accounts = form.allCmbAccounts() ? AccountScope.allCmbAccounts()
                    : new AccountScope.SpecificAccounts(form.accounts().stream().map(AccountId::of)
                            .collect(Collectors.toSet()));
            if (form.activities().isEmpty()) {
                throw new InvalidInputException("activities", "authorisations.activities.required", "",
                        "choose at least one activity");
            }
            Set<Activity> activities = form.activities().stream().map(Activity::valueOf).collect(Collectors.toSet());
            Optional<TrainingRecord> training = form.trainingCourse() == null || form.trainingCourse().isBlank()
                    ? Optional.empty()
                    : Optional.of(new TrainingRecord(form.trainingCourse().strip(),
                            required("training completion date", form.trainingCompletedOn()), user.employee().id()));
            Granted granted = Authorisation.grant(holder, user.employee(), role,
                    new AuthorisationScope(accounts, activities),
                    new ValidityPeriod(startOf(required("first day", form.from())),
                            endOf(required("last day", form.until()))), training, clock);
            authorisations.save(granted.authorisation());
            records.capture(granted.event());
            String id = granted.authorisation().id().toString();
            return Done.created(id, Subject.of(SubjectKind.AUTHORISATION, id, label(holder, role)),
                    "Granted from " + form.from() + " to " + form.until());
        });
    }

    /** Suspends an authorisation in force, for a reason. */
    public void suspend(String authorisationId, long version, String reason) {
        change(ProtectedAction.AUTHORISATION_SUSPEND, authorisationId, version,
                authorisation -> authorisation.suspend(user.employee(), reason, clock), "Suspended: " + reason);
    }

    /** Puts a suspended authorisation back in force, for a reason. */
    public void reinstate(String authorisationId, long version, String reason) {
        change(ProtectedAction.AUTHORISATION_REINSTATE, authorisationId, version,
                authorisation -> authorisation.reinstate(user.employee(), reason, clock), "Reinstated: " + reason);
    }

    /** Revokes an authorisation for good, for a reason. */
    public void revoke(String authorisationId, long version, String reason) {
        change(ProtectedAction.AUTHORISATION_REVOKE, authorisationId, version,
                authorisation -> authorisation.revoke(user.employee(), reason, clock), "Revoked: " + reason);
    }

    /** Renews an authorisation: its period ends at the end of the new last day. */
    public void renew(String authorisationId, long version, LocalDate newLastDay) {
        change(ProtectedAction.AUTHORISATION_RENEW, authorisationId, version,
                authorisation -> authorisation.renew(user.employee(), endOf(required("new last day", newLastDay)),
                        clock), "Renewed to " + newLastDay);
    }

    private void change(ProtectedAction action, String authorisationId, long version,
                        Function<Authorisation, AuthorisationEvent> command, String summary) {
        Optional<Authorisation> stored = Ids.parse(authorisationId, AuthorisationId::of)
                .flatMap(authorisations::find);
        String label = stored.map(a -> label(employees.find(a.holder()).orElse(null), a.role()))
                .orElse("an unknown authorisation");
        changes.apply(action, Subject.of(SubjectKind.AUTHORISATION, String.valueOf(authorisationId), label),
                "The authorisation of " + label, version, stored, command, authorisations::save, summary);
    }

    /** How the audit trail names an authorisation: its holder and role. */
    private static String label(Employee holder, Role role) {
        String who = holder == null ? "an employee no longer in the directory" : holder.name() + " (" + holder.id()
                + ")";
        return who + ", " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant endOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }

    private static <T> T required(String field, T value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}
