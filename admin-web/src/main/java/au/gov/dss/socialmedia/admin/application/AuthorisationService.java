package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationEvent;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRepository;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.Granted;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The use cases of authorisations: grant, suspend, reinstate, revoke, renew, and the lists (the register, "who may
 * do this on account X now", ending in the next 30 days). Each command loads the authorisation, lets the domain
 * decide, stores it, asks for its event to be kept as a record (in the same transaction) and audits the command.
 * CMB administrators only, except the lists, which every role may read. Days are counted in the clock's zone
 * (Canberra): a period runs from the start of its first day to the end of its last day.
 */
@ApplicationScoped
@Transactional
public class AuthorisationService {

    @Inject
    AuthorisationRepository authorisations;

    @Inject
    AuthorisationRegister register;

    @Inject
    StoredVersions versions;

    @Inject
    AuthorisationListing listing;

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

    /** Grants the authorisation in the form; returns its id. */
    public String grant(GrantAuthorisation form) {
        String[] id = new String[1];
        commands.run(ProtectedAction.AUTHORISATION_GRANT, form.holder(), () -> {
            Role role = Role.valueOf(required("role", form.role()).toUpperCase(Locale.ROOT));
            AccountScope accounts = form.allCmbAccounts() ? AccountScope.allCmbAccounts()
                    : new AccountScope.SpecificAccounts(form.accounts().stream().map(AccountId::of)
                            .collect(Collectors.toSet()));
            Set<Activity> activities = form.activities().stream().map(Activity::valueOf).collect(Collectors.toSet());
            Optional<TrainingRecord> training = form.trainingCourse() == null || form.trainingCourse().isBlank()
                    ? Optional.empty()
                    : Optional.of(new TrainingRecord(form.trainingCourse(), form.trainingCompletedOn(),
                            user.employee().id()));
            Granted granted = Authorisation.grant(employees.get(EmployeeId.of(required("holder", form.holder()))),
                    user.employee(), role, new AuthorisationScope(accounts, activities),
                    new ValidityPeriod(startOf(day("from", form.from())), endOf(day("until", form.until()))),
                    training, clock);
            authorisations.save(granted.authorisation());
            records.capture(granted.event());
            id[0] = granted.authorisation().id().toString();
            return "granted " + role + " to " + form.holder() + " (" + id[0] + ")";
        });
        return id[0];
    }

    /** Suspends an authorisation in force, for a reason. */
    public void suspend(String authorisationId, long version, String reason) {
        change(ProtectedAction.AUTHORISATION_SUSPEND, authorisationId, version,
                authorisation -> authorisation.suspend(user.employee(), reason, clock));
    }

    /** Puts a suspended authorisation back in force. */
    public void reinstate(String authorisationId, long version) {
        change(ProtectedAction.AUTHORISATION_REINSTATE, authorisationId, version,
                authorisation -> authorisation.reinstate(user.employee(), clock));
    }

    /** Revokes an authorisation for good, for a reason. */
    public void revoke(String authorisationId, long version, String reason) {
        change(ProtectedAction.AUTHORISATION_REVOKE, authorisationId, version,
                authorisation -> authorisation.revoke(user.employee(), reason, clock));
    }

    /** Renews an authorisation: its period ends at the end of the new last day. */
    public void renew(String authorisationId, long version, LocalDate newLastDay) {
        change(ProtectedAction.AUTHORISATION_RENEW, authorisationId, version,
                authorisation -> authorisation.renew(user.employee(), endOf(day("new end date", newLastDay)),
                        clock));
    }

    /** How many authorisations match the filter, exactly up to {@link ListCount#LIMIT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListCount count(AuthorisationFilter filter) {
        return ListCount.countedTo(listing.count(filter, ListCount.LIMIT + 1));
    }

    /** One page of the authorisations list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorisationRow> rows(AuthorisationFilter filter, int first, int size) {
        return listing.rows(filter, first, size);
    }

    /** Who may do the activity on the account now, according to the register. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorisationLine> whoMay(String accountId, String activity) {
        Activity what = Activity.valueOf(required("activity", activity));
        return register.whoMay(what, AccountId.of(required("account", accountId)), clock.instant()).stream()
                .map(line -> line(line.authorisation().toString(), line.employee(), line.role(), line.until()))
                .toList();
    }

    /** The authorisations not revoked or expired whose period ends in the next 30 days, soonest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthorisationLine> expiringSoon() {
        return register.expiringSoon(clock.instant()).stream()
                .map(a -> line(a.id().toString(), a.holder(), a.role(), a.period().until()))
                .toList();
    }

    /** How many choices a pick list offers for what the user has typed. */
    public static final int CHOICES = 15;

    /** The holders the grant form offers for what the user typed: employees of any business area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> holdersMatching(String typed) {
        return referenceData.employeesMatching(typed, CHOICES);
    }

    /** The accounts the grant form and the "who may" view offer for what the user typed (not decommissioned). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> accountsMatching(String typed) {
        return referenceData.accountsMatching(typed, CHOICES);
    }

    /** How the forms show a chosen holder. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String holderLabel(String employeeNumber) {
        return referenceData.employeeLabel(employeeNumber).orElse(String.valueOf(employeeNumber));
    }

    /** How the forms show a chosen account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String accountLabel(String accountId) {
        return referenceData.accountLabel(accountId).orElse(String.valueOf(accountId));
    }

    private AuthorisationLine line(String id, EmployeeId holder, Role role, Instant until) {
        String name = employees.find(holder).map(employee -> employee.name()).orElse(holder.value());
        return new AuthorisationLine(id, holder.value(), name, role.name(),
                LocalDate.ofInstant(until.minusNanos(1), clock.getZone()));
    }

    private void change(ProtectedAction action, String authorisationId, long version,
                        Function<Authorisation, AuthorisationEvent> command) {
        commands.run(action, authorisationId, () -> {
            AuthorisationId id = AuthorisationId.of(authorisationId);
            Authorisation authorisation = authorisations.get(id);
            long stored = versions.ofAuthorisation(id).orElseThrow();
            if (stored != version) {
                throw new ConcurrentChangeException("the authorisation of " + authorisation.holder(), version,
                        stored);
            }
            AuthorisationEvent event = command.apply(authorisation);
            authorisations.save(authorisation);
            records.capture(event);
            return event.getClass().getSimpleName() + " " + event.eventId();
        });
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    private Instant endOf(LocalDate lastDay) {
        return startOf(lastDay.plusDays(1));
    }

    private static LocalDate day(String field, LocalDate value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
