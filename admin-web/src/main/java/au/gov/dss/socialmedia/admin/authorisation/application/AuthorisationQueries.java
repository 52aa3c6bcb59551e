package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
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
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationStatus;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the pages read about authorisations: the register (paged and filtered in the database, exported as
 * filtered), an authorisation's page with the actions open to the reader and its history, who may act on an account
 * now, those ending in the next 30 days, and the choices of the grant form. Every role may read the register.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuthorisationQueries extends ListQueries<AuthorisationFilter, AuthorisationRow> {

    private static final long serialVersionUID = 1L;

    /** How many of the authorisations ending soon a panel shows. */
    public static final int EXPIRING_SHOWN = 20;

    private transient AuthorisationListing listing;
    private transient AuthorisationRepository authorisations;
    private transient AuthorisationRegister register;
    private transient AccountQueries accounts;
    private transient EmployeeLookup employees;
    private transient History history;
    private transient StoredVersions versions;
    private transient Clock clock;

    /** For CDI's proxies. */
    protected AuthorisationQueries() {
    }

    /** The queries over their ports. */
    @Inject
    @SuppressWarnings("checkstyle:ParameterNumber")
    public AuthorisationQueries(AuthorisationListing listing, AuthorisationRepository authorisations,
                                AuthorisationRegister register, AccountQueries accounts, EmployeeLookup employees,
                                History history, StoredVersions versions, CommandRunner commands, Clock clock) {
        super(listing, commands, ProtectedAction.AUTHORISATION_EXPORT, "authorisations");
        this.listing = listing;
        this.authorisations = authorisations;
        this.register = register;
        this.accounts = accounts;
        this.employees = employees;
        this.history = history;
        this.versions = versions;
        this.clock = clock;
    }

    /** The authorisation's page, if it exists. */
    public Optional<AuthorisationDetail> detail(String authorisationId) {
        Optional<Authorisation> found = Ids.parse(authorisationId, AuthorisationId::of)
                .flatMap(authorisations::find);
        return found.map(authorisation -> {
            AuthorisationView view = view(authorisation);
            return new AuthorisationDetail(view, actions(AuthorisationStatus.valueOf(view.status())),
                    history.of(SubjectKind.AUTHORISATION, view.id()));
        });
    }

    private AuthorisationView view(Authorisation a) {
        Instant now = clock.instant();
        List<Option> named = a.scope().accounts() instanceof AccountScope.SpecificAccounts specific
                ? specific.accounts().stream().map(AccountId::toString)
                        .map(id -> new Option(id, accounts.accountLabel(id)))
                        .sorted(Comparator.comparing(Option::label)).toList()
                : List.of();
        List<AuthorisationView.Change> changes = a.history().stream()
                .map(change -> new AuthorisationView.Change(change.status().name(), change.at(), change.reason()))
                .toList();
        String holder = a.holder().value();
        return new AuthorisationView(a.id().toString(), holder, employees.name(holder).orElse(holder),
                a.role().name(), a.scope().accounts() instanceof AccountScope.AllCmbAccounts, named,
                a.scope().activities().stream().sorted().map(Enum::name).toList(), day(a.period().from()),
                lastDay(a.period().until()), a.training().map(t -> t.course()).orElse(null),
                a.training().map(t -> t.completedOn()).orElse(null),
                employees.name(a.grantedBy().value()).orElse(a.grantedBy().value()), a.grantedAt(),
                a.status().name(), a.statusAt(now).name(), changes,
                versions.of(SubjectKind.AUTHORISATION, a.id().toString()).orElse(0));
    }

    /** The actions the reader's roles allow that the authorisation's state permits now. */
    private Set<String> actions(AuthorisationStatus status) {
        Actor actor = commands().actor();
        Map<ProtectedAction, Boolean> open = new LinkedHashMap<>();
        open.put(ProtectedAction.AUTHORISATION_SUSPEND, status.permitsSuspension());
        open.put(ProtectedAction.AUTHORISATION_REINSTATE, status.permitsReinstatement());
        open.put(ProtectedAction.AUTHORISATION_RENEW, status.permitsRevocationOrRenewal());
        open.put(ProtectedAction.AUTHORISATION_REVOKE, status.permitsRevocationOrRenewal());
        Set<String> actions = new LinkedHashSet<>();
        open.forEach((action, permitted) -> {
            if (permitted && actor.may(action)) {
                actions.add(action.name());
            }
        });
        return actions;
    }

    /** Who may do the activity on the account now, according to the register. */
    public List<AuthorisationLine> whoMay(String accountId, String activity) {
        if (accountId == null || accountId.isBlank() || activity == null || activity.isBlank()) {
            throw new IllegalArgumentException("choose an account and an activity");
        }
        return register.whoMay(Activity.valueOf(activity), AccountId.of(accountId), clock.instant()).stream()
                .map(line -> new AuthorisationLine(line.authorisation().toString(), line.employee().value(),
                        employees.name(line.employee().value()).orElse(line.employee().value()), line.role().name(),
                        lastDay(line.until()), AuthorisationStatus.GRANTED.name()))
                .toList();
    }

    /** The authorisations not revoked or expired that end in the next 30 days, soonest first (the first 20). */
    public List<AuthorisationLine> expiringSoon() {
        Instant now = clock.instant();
        return listing.endingBetween(now, now.plus(AuthorisationRegister.EXPIRING_SOON), EXPIRING_SHOWN);
    }

    /** The authorisations an employee holds or held, newest first. */
    public List<AuthorisationLine> ofHolder(String employeeNumber) {
        return listing.ofHolder(employeeNumber, 50);
    }

    /** The roles, for the filter and the grant form. */
    public List<String> roles() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    /** The statuses, for the filter. */
    public List<String> statuses() {
        return Arrays.stream(AuthorisationStatus.values()).map(Enum::name).toList();
    }

    /** The activities, for the grant form and "who may". */
    public List<String> activities() {
        return Arrays.stream(Activity.values()).map(Enum::name).toList();
    }

    /** The holders the grant form offers for what the user typed: employees of any business area. */
    public List<Option> holdersMatching(String typed) {
        return employees.matching(typed, EmployeeLookup.CHOICES);
    }

    /** How the forms show a chosen employee. */
    public String employeeLabel(String employeeNumber) {
        return employees.label(employeeNumber).orElse(String.valueOf(employeeNumber));
    }

    /** The accounts the forms offer for what the user typed (not decommissioned). */
    public List<Option> accountsMatching(String typed) {
        return accounts.matching(typed);
    }

    /** How the forms show a chosen account. */
    public String accountLabel(String accountId) {
        return accounts.accountLabel(accountId);
    }

    /** The first day of the period that starts at the instant, in Canberra. */
    private LocalDate day(Instant from) {
        return LocalDate.ofInstant(from, clock.getZone());
    }

    /** The last day of a period that ends (exclusive) at the instant, in Canberra. */
    private LocalDate lastDay(Instant until) {
        return LocalDate.ofInstant(until.minusNanos(1), clock.getZone());
    }
}
