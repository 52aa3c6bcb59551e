package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The department's register of authorisations: answers the {@link AuthorityCheck authority question} for every
 * other module, and the admin app's "who may post to account X now" and "expiring soon" views.
 *
 * <p>It reads every authorisation of the employee from the {@link AuthorisationRepository}, and the employee
 * from the {@link EmployeeDirectory}: an employee the directory no longer knows holds no authority
 * ({@value AuthorisationCodes#EMPLOYEE_NOT_IN_DIRECTORY}), and a Communication Account Manager's authorisation
 * counts only while they work in CMB ({@value AuthorisationCodes#MANAGER_NO_LONGER_IN_CMB}). The directory says
 * where an employee works now, so both checks use the present even when the question is about a past instant.
 */
public final class AuthorisationRegister implements AuthorityCheck {

    /** How far ahead the expiring-soon list looks: 30 days. */
    public static final Duration EXPIRING_SOON = Duration.ofDays(30);

    private final AuthorisationRepository authorisations;
    private final EmployeeDirectory directory;

    /** A register over the given repository and directory. */
    public AuthorisationRegister(AuthorisationRepository authorisations, EmployeeDirectory directory) {
        this.authorisations = Objects.requireNonNull(authorisations, "authorisation repository must not be null");
        this.directory = Objects.requireNonNull(directory, "employee directory must not be null");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Looks at all of the employee's authorisations: {@code Holds} with one that grants the authority (the one
     * running longest, if several do); otherwise {@value AuthorisationCodes#NO_AUTHORISATION} when the employee
     * holds none, or the reason given by the closest one: first one whose scope covers the activity and the
     * account, then one covering the account, then the activity; among those, the nearest to being in force
     * (in force, suspended, not yet in force, expired, revoked).
     */
    @Override
    public AuthorityAnswer authorityFor(EmployeeId employee, Activity activity, AccountId account, Instant at) {
        Objects.requireNonNull(employee, "employee must not be null");
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(account, "account must not be null");
        Objects.requireNonNull(at, "instant must not be null");
        List<Authorisation> held = heldBy(employee);
        if (held.isEmpty()) {
            return doesNotHold(AuthorisationCodes.NO_AUTHORISATION, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    "employee " + employee + " holds no authorisation to use social media officially; only CMB can"
                            + " authorise official use");
        }
        return answer(employee, held,
                authorisation -> authorisation.authorises(activity, account, at),
                Comparator.comparingInt((Authorisation authorisation) -> scopeRank(authorisation, activity, account))
                        .thenComparingInt(authorisation -> standingRank(authorisation, at)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@value AuthorisationCodes#ROLE_NOT_HELD} when the employee holds no authorisation in the role, otherwise
     * the reason given by the one nearest to being in force.
     */
    @Override
    public AuthorityAnswer roleHeld(EmployeeId employee, Role role, Instant at) {
        Objects.requireNonNull(employee, "employee must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(at, "instant must not be null");
        List<Authorisation> held = heldBy(employee).stream()
                .filter(authorisation -> authorisation.role() == role)
                .toList();
        if (held.isEmpty()) {
            return doesNotHold(AuthorisationCodes.ROLE_NOT_HELD, clauseOf(role),
                    "employee " + employee + " holds no authorisation as " + describe(role));
        }
        return answer(employee, held, authorisation -> authorisation.standingAt(at),
                Comparator.comparingInt(authorisation -> standingRank(authorisation, at)));
    }

    /**
     * Who may do the activity on the account at the instant ("who may post to account X now"): one line per
     * authorisation that grants it, ordered by employee and then by the end of the period.
     */
    public List<AuthorisedEmployee> whoMay(Activity activity, AccountId account, Instant at) {
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(account, "account must not be null");
        Objects.requireNonNull(at, "instant must not be null");
        return authorisations.findInForceFor(account, at).stream()
                .filter(authorisation -> authorisation.authorises(activity, account, at).holds())
                .filter(authorisation -> directory.find(authorisation.holder())
                        .map(holder -> counts(authorisation, holder))
                        .orElse(false))
                .map(authorisation -> new AuthorisedEmployee(authorisation.holder(), authorisation.id(),
                        authorisation.role(), authorisation.period().until()))
                .sorted(Comparator.comparing((AuthorisedEmployee line) -> line.employee().value())
                        .thenComparing(AuthorisedEmployee::until))
                .toList();
    }

    /**
     * The authorisations not revoked or expired at the instant whose period ends within the next
     * {@link #EXPIRING_SOON 30 days}, soonest first: the expiring-soon list.
     */
    public List<Authorisation> expiringSoon(Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        Instant end = at.plus(EXPIRING_SOON);
        return authorisations.findEndingBetween(at, end).stream()
                .filter(authorisation -> authorisation.period().endsBetween(at, end))
                .filter(authorisation -> !authorisation.statusAt(at).isTerminal())
                .sorted(Comparator.comparing((Authorisation authorisation) -> authorisation.period().until()))
                .toList();
    }

    /**
     * The authorisations whose period has ended by the instant but whose expiry is not yet recorded, oldest end
     * first: the work list of the job that calls {@link Authorisation#recordExpiry}.
     */
    public List<Authorisation> awaitingExpiryRecord(Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        return authorisations.findEndingBetween(Instant.EPOCH, at.plusNanos(1)).stream()
                .filter(authorisation -> !authorisation.status().isTerminal())
                .filter(authorisation -> authorisation.period().hasEndedAt(at))
                .sorted(Comparator.comparing((Authorisation authorisation) -> authorisation.period().until()))
                .toList();
    }

    /**
     * The ones among the given accounts on which the employee holds, at the instant, the authority the activity
     * of each needs: the accounts {@link #authorityFor} would answer {@code Holds} for, reading the employee's
     * authorisations once however many accounts are asked about (a writer choosing among hundreds of accounts).
     *
     * @param accounts the accounts asked about, in the order wanted back
     * @param id each account's id
     * @param activity the activity each account needs (publishing, or posting to an internal platform)
     */
    public <T> List<T> openTo(EmployeeId employee, List<T> accounts, Function<T, AccountId> id,
                              Function<T, Activity> activity, Instant at) {
        List<Authorisation> held = heldBy(employee);
        Optional<Employee> holder = held.isEmpty() ? Optional.empty() : directory.find(employee);
        if (holder.isEmpty()) {
            return List.of();
        }
        List<Authorisation> counting = held.stream().filter(authorisation -> counts(authorisation, holder.get()))
                .toList();
        return accounts.stream().filter(account -> counting.stream().anyMatch(authorisation ->
                authorisation.authorises(activity.apply(account), id.apply(account), at).holds())).toList();
    }

    private AuthorityAnswer answer(EmployeeId employee, List<Authorisation> held,
                                   Function<Authorisation, AuthorityAnswer> question,
                                   Comparator<Authorisation> closestFirst) {
        Optional<Employee> known = directory.find(employee);
        if (known.isEmpty()) {
            return doesNotHold(AuthorisationCodes.EMPLOYEE_NOT_IN_DIRECTORY, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    "employee " + employee + " is not in the employee directory, so holds no authority");
        }
        Employee holder = known.get();
        Optional<Authorisation> granting = held.stream()
                .filter(authorisation -> question.apply(authorisation).holds() && counts(authorisation, holder))
                .max(Comparator.comparing((Authorisation authorisation) -> authorisation.period().until())
                        .thenComparing(authorisation -> authorisation.id().toString()));
        if (granting.isPresent()) {
            return new AuthorityAnswer.Holds(granting.get().id());
        }
        Authorisation closest = held.stream()
                .min(closestFirst
                        .thenComparing(Comparator.comparing(
                                (Authorisation authorisation) -> authorisation.period().until()).reversed())
                        .thenComparing(authorisation -> authorisation.id().toString()))
                .orElseThrow();
        AuthorityAnswer answer = question.apply(closest);
        if (answer.holds()) {
            return doesNotHold(AuthorisationCodes.MANAGER_NO_LONGER_IN_CMB, PolicyClause.PRINCIPLE_ADMINISTRATION,
                    "employee " + employee + " no longer works in CMB (now in " + holder.businessArea()
                            + "), so their authorisation " + closest.id()
                            + " as Communication Account Manager no longer counts");
        }
        return answer;
    }

    /** Whether an authorisation the aggregate says is in force counts, given where the holder works now. */
    private static boolean counts(Authorisation authorisation, Employee holder) {
        return authorisation.role() != Role.COMMUNICATION_ACCOUNT_MANAGER || holder.worksInCmb();
    }

    private List<Authorisation> heldBy(EmployeeId employee) {
        return authorisations.findByHolder(employee).stream()
                .filter(authorisation -> authorisation.holder().equals(employee))
                .toList();
    }

    private static int scopeRank(Authorisation authorisation, Activity activity, AccountId account) {
        boolean coversAccount = authorisation.scope().covers(account);
        boolean coversActivity = authorisation.scope().covers(activity);
        if (coversAccount && coversActivity) {
            return 0;
        }
        if (coversAccount) {
            return 1;
        }
        return coversActivity ? 2 : 3;
    }

    private static int standingRank(Authorisation authorisation, Instant at) {
        return switch (authorisation.statusAt(at)) {
            case GRANTED -> authorisation.isInForceAt(at) ? 0 : 2;
            case SUSPENDED -> 1;
            case EXPIRED -> 3;
            case REVOKED -> 4;
        };
    }

    private static PolicyClause clauseOf(Role role) {
        return role == Role.COMMUNICATION_ACCOUNT_MANAGER
                ? PolicyClause.PRINCIPLE_ADMINISTRATION
                : PolicyClause.OFFICIAL_USE_AUTHORISATION;
    }

    private static String describe(Role role) {
        return role == Role.COMMUNICATION_ACCOUNT_MANAGER ? "Communication Account Manager" : "Authorised Contributor";
    }

    private static AuthorityAnswer doesNotHold(String code, PolicyClause clause, String reason) {
        return new AuthorityAnswer.DoesNotHold(new Refusal(code, clause, reason));
    }
}
