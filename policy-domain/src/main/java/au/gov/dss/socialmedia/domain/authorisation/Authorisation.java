package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Aggregate root: CMB's authorisation of one employee to use social media officially, in a {@link Role}, for a
 * {@link AuthorisationScope scope} of accounts and activities, during a {@link ValidityPeriod}.
 *
 * <p>Lifecycle (see the package description): GRANTED, SUSPENDED, and the terminal REVOKED and EXPIRED. The
 * <em>recorded</em> status is what CMB last recorded ({@link #status()}); the <em>effective</em> status at an
 * instant ({@link #statusAt}) also reads the history and the clock: an authorisation whose period has ended is
 * effectively EXPIRED even before anyone records the expiry. An authorisation is {@link #isInForceAt in force}
 * when it is effectively GRANTED and both its period has started and it has been granted (no backdating).
 *
 * <p>Every command is taken by a CMB employee other than the holder ({@link SegregationOfDuties}), checks
 * everything before changing anything, and returns the event it caused.
 */
public final class Authorisation {

    private static final PolicyClause LIFECYCLE = PolicyClause.OFFICIAL_USE_AUTHORISATION;

    private final AuthorisationId id;
    private final EmployeeId holder;
    private final Role role;
    private final AuthorisationScope scope;
    private final Optional<TrainingRecord> training;
    private final EmployeeId grantedBy;
    private final Instant grantedAt;
    private ValidityPeriod period;
    private final List<StatusChange> history;

    private Authorisation(AuthorisationId id, EmployeeId holder, Role role, AuthorisationScope scope,
                          ValidityPeriod period, Optional<TrainingRecord> training, EmployeeId grantedBy,
                          Instant grantedAt, List<StatusChange> history) {
        this.id = id;
        this.holder = holder;
        this.role = role;
        this.scope = scope;
        this.period = period;
        this.training = training;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
        this.history = new ArrayList<>(history);
    }

    // ----------------------------------------------------------------------------------------------- creation

    /**
     * CMB grants an employee an authorisation.
     *
     * @param holder the employee to authorise, as the directory knows them now
     * @param grantor the CMB employee granting it (never the holder)
     * @param role the role; a Communication Account Manager must work in CMB, an Authorised Contributor must have
     *             recorded training completed on or before the day of the grant
     * @param scope the accounts and activities
     * @param period when it is valid; must not have ended, at most {@link ValidityPeriod#MAXIMUM_TERM} long
     * @param training the training the holder completed, if recorded
     * @param clock the time of the grant
     * @return the new authorisation and the {@link AuthorisationGranted} event
     * @throws au.gov.dss.socialmedia.domain.common.CommandRefusedException with code
     *         {@value AuthorisationCodes#ACTOR_NOT_IN_CMB}, {@value AuthorisationCodes#ACTOR_IS_HOLDER},
     *         {@value AuthorisationCodes#MANAGER_MUST_WORK_IN_CMB}, {@value AuthorisationCodes#TRAINING_NOT_RECORDED},
     *         {@value AuthorisationCodes#TRAINING_AFTER_GRANT},
     *         {@value AuthorisationCodes#TRAINING_RECORDED_BY_HOLDER},
     *         {@value AuthorisationCodes#PERIOD_ALREADY_ENDED} or {@value AuthorisationCodes#PERIOD_TOO_LONG}
     */
    public static Granted grant(Employee holder, Employee grantor, Role role, AuthorisationScope scope,
                                ValidityPeriod period, Optional<TrainingRecord> training, Clock clock) {
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(grantor, "grantor must not be null");
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(training, "training must not be null (use Optional.empty())");
        Objects.requireNonNull(clock, "clock must not be null");
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());

        SegregationOfDuties.decide(grantor, holder.id(), "grant an authorisation")
                .and(() -> RoleEligibility.decide(holder, role, training, today))
                .and(() -> periodMayBeGranted(period, now))
                .orThrow();

        AuthorisationId id = AuthorisationId.newId();
        Authorisation authorisation = new Authorisation(id, holder.id(), role, scope, period, training,
                grantor.id(), now, List.of(new StatusChange(AuthorisationStatus.GRANTED, now, "")));
        AuthorisationGranted event = new AuthorisationGranted(EventId.newId(), now, grantor.id(), id, holder.id(),
                role, scope, period, training);
        return new Granted(authorisation, event);
    }

    private static Decision periodMayBeGranted(ValidityPeriod period, Instant now) {
        if (period.hasEndedAt(now)) {
            return Decision.refused(AuthorisationCodes.PERIOD_ALREADY_ENDED, LIFECYCLE,
                    "the validity period " + period + " has already ended; choose a period that ends in future");
        }
        if (period.length().compareTo(ValidityPeriod.MAXIMUM_TERM) > 0) {
            return Decision.refused(AuthorisationCodes.PERIOD_TOO_LONG, LIFECYCLE,
                    "the validity period " + period + " is longer than the maximum of "
                            + ValidityPeriod.MAXIMUM_TERM.toDays() + " days; grant a shorter period and renew it");
        }
        return Decision.allowed();
    }

    // ----------------------------------------------------------------------------------------------- commands

    /**
     * CMB suspends the authorisation: it is not in force until reinstated. Allowed when effectively GRANTED.
     *
     * @param actor a CMB employee other than the holder
     * @param reason why, 1 to {@value StatusChange#MAXIMUM_REASON_LENGTH} characters
     * @param clock the time of the suspension
     * @throws IllegalArgumentException if the reason is blank or too long
     * @throws au.gov.dss.socialmedia.domain.common.CommandRefusedException with code
     *         {@value AuthorisationCodes#ACTOR_NOT_IN_CMB}, {@value AuthorisationCodes#ACTOR_IS_HOLDER} or
     *         {@value AuthorisationCodes#STATE_FORBIDS_ACTION}
     */
    public AuthorisationSuspended suspend(Employee actor, String reason, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        String why = Text.required("reason for suspension", reason, StatusChange.MAXIMUM_REASON_LENGTH);
        Instant now = instantOf(clock);
        String action = "suspend an authorisation";
        SegregationOfDuties.decide(actor, holder, action)
                .and(() -> stateAllows(action, now, AuthorisationStatus::permitsSuspension))
                .orThrow();

        history.add(new StatusChange(AuthorisationStatus.SUSPENDED, now, why));
        return new AuthorisationSuspended(EventId.newId(), now, actor.id(), id, holder, why);
    }

    /**
     * CMB reinstates a suspended authorisation, for a reason, as it was suspended for one. Allowed when effectively
     * SUSPENDED, so refused once the period has ended (the authorisation is then effectively EXPIRED).
     *
     * @param actor a CMB employee other than the holder
     * @param reason why it is put back in force, 1 to {@value StatusChange#MAXIMUM_REASON_LENGTH} characters
     * @param clock the time of the reinstatement
     * @throws IllegalArgumentException if the reason is blank or too long
     * @throws au.gov.dss.socialmedia.domain.common.CommandRefusedException with code
     *         {@value AuthorisationCodes#ACTOR_NOT_IN_CMB}, {@value AuthorisationCodes#ACTOR_IS_HOLDER} or
     *         {@value AuthorisationCodes#STATE_FORBIDS_ACTION}
     */
    public AuthorisationReinstated reinstate(Employee actor, String reason, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        String why = Text.required("reason for reinstatement", reason, StatusChange.MAXIMUM_REASON_LENGTH);
        Instant now = instantOf(clock);
        String action = "reinstate an authorisation";
        SegregationOfDuties.decide(actor, holder, action)
                .and(() -> stateAllows(action, now, AuthorisationStatus::permitsReinstatement))
                .orThrow();

        history.add(new StatusChange(AuthorisationStatus.GRANTED, now, why));
        return new AuthorisationReinstated(EventId.newId(), now, actor.id(), id, holder, why);
    }

    /**
     * CMB revokes the authorisation for good. Allowed when effectively GRANTED or SUSPENDED.
     *
     * @param actor a CMB employee other than the holder
     * @param reason why, 1 to {@value StatusChange#MAXIMUM_REASON_LENGTH} characters
     * @param clock the time of the revocation
     * @throws IllegalArgumentException if the reason is blank or too long
     * @throws au.gov.dss.socialmedia.domain.common.CommandRefusedException with code
     *         {@value AuthorisationCodes#ACTOR_NOT_IN_CMB}, {@value AuthorisationCodes#ACTOR_IS_HOLDER} or
     *         {@value AuthorisationCodes#STATE_FORBIDS_ACTION}
     */
    public AuthorisationRevoked revoke(Employee actor, String reason, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        String why = Text.required("reason for revocation", reason, StatusChange.MAXIMUM_REASON_LENGTH);
        Instant now = instantOf(clock);
        String action = "revoke an authorisation";
        SegregationOfDuties.decide(actor, holder, action)
                .and(() -> stateAllows(action, now, AuthorisationStatus::permitsRevocationOrRenewal))
                .orThrow();

        history.add(new StatusChange(AuthorisationStatus.REVOKED, now, why));
        return new AuthorisationRevoked(EventId.newId(), now, actor.id(), id, holder, why);
    }

    /**
     * CMB renews the authorisation: its period ends later. Allowed when effectively GRANTED or SUSPENDED (a
     * suspended authorisation stays suspended), so refused once the period has ended: a lapsed authorisation is
     * granted anew.
     *
     * @param actor a CMB employee other than the holder
     * @param newUntil the new end: later than the current one, at most {@link ValidityPeriod#MAXIMUM_TERM} after
     *                 the renewal
     * @param clock the time of the renewal
     * @throws au.gov.dss.socialmedia.domain.common.CommandRefusedException with code
     *         {@value AuthorisationCodes#ACTOR_NOT_IN_CMB}, {@value AuthorisationCodes#ACTOR_IS_HOLDER},
     *         {@value AuthorisationCodes#STATE_FORBIDS_ACTION},
     *         {@value AuthorisationCodes#RENEWAL_MUST_EXTEND_PERIOD} or {@value AuthorisationCodes#PERIOD_TOO_LONG}
     */
    public AuthorisationRenewed renew(Employee actor, Instant newUntil, Clock clock) {
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(newUntil, "new until must not be null");
        Instant now = instantOf(clock);
        String action = "renew an authorisation";
        SegregationOfDuties.decide(actor, holder, action)
                .and(() -> stateAllows(action, now, AuthorisationStatus::permitsRevocationOrRenewal))
                .and(() -> renewalMayEndAt(newUntil, now))
                .orThrow();

        Instant previousUntil = period.until();
        period = period.extendedTo(newUntil);
        return new AuthorisationRenewed(EventId.newId(), now, actor.id(), id, holder, previousUntil, newUntil);
    }

    private Decision renewalMayEndAt(Instant newUntil, Instant now) {
        if (!newUntil.isAfter(period.until())) {
            return Decision.refused(AuthorisationCodes.RENEWAL_MUST_EXTEND_PERIOD, LIFECYCLE,
                    "a renewal must end after the current end " + period.until() + ", but " + newUntil
                            + " does not");
        }
        if (newUntil.isAfter(now.plus(ValidityPeriod.MAXIMUM_TERM))) {
            return Decision.refused(AuthorisationCodes.PERIOD_TOO_LONG, LIFECYCLE,
                    "a renewal may run at most " + ValidityPeriod.MAXIMUM_TERM.toDays() + " days ahead (until "
                            + now.plus(ValidityPeriod.MAXIMUM_TERM) + "), but " + newUntil + " is later");
        }
        return Decision.allowed();
    }

    /**
     * Records that the validity period has ended: GRANTED or SUSPENDED becomes EXPIRED, as of the end of the
     * period. Taken by the system (a scheduled job), not by a person.
     *
     * @param clock the time the expiry is recorded
     * @throws au.gov.dss.socialmedia.domain.common.CommandRefusedException with code
     *         {@value AuthorisationCodes#PERIOD_NOT_ENDED} or {@value AuthorisationCodes#STATE_FORBIDS_ACTION}
     *         (already REVOKED or EXPIRED)
     */
    public AuthorisationExpired recordExpiry(Clock clock) {
        Instant now = instantOf(clock);
        AuthorisationStatus recorded = status();
        Decision state = recorded.isTerminal()
                ? new Decision.Refused(Refusal.stateForbids("record the expiry of an authorisation", recorded,
                        LIFECYCLE))
                : Decision.allowed();
        state.and(() -> period.hasEndedAt(now) ? Decision.allowed()
                        : Decision.refused(AuthorisationCodes.PERIOD_NOT_ENDED, LIFECYCLE, "authorisation " + id
                                + " is valid until " + period.until() + "; its expiry can be recorded only then"))
                .orThrow();

        history.add(new StatusChange(AuthorisationStatus.EXPIRED, period.until(), ""));
        return new AuthorisationExpired(EventId.newId(), now, id, holder, period.until());
    }

    private Decision stateAllows(String action, Instant now, Predicate<AuthorisationStatus> allows) {
        AuthorisationStatus current = statusAt(now);
        return allows.test(current) ? Decision.allowed()
                : new Decision.Refused(Refusal.stateForbids(action, current, LIFECYCLE));
    }

    private Instant instantOf(Clock clock) {
        Objects.requireNonNull(clock, "clock must not be null");
        Instant now = clock.instant();
        Instant last = lastChange().at();
        if (now.isBefore(last)) {
            throw new IllegalArgumentException("the clock (" + now + ") is before the last change of authorisation "
                    + id + " (" + last + ")");
        }
        return now;
    }

    // ----------------------------------------------------------------------------------------------- questions

    /**
     * Does this authorisation give its holder authority for the activity on the account at the instant? When it
     * does not, the answer says why, checking in this order: {@value AuthorisationCodes#AUTHORISATION_REVOKED},
     * {@value AuthorisationCodes#AUTHORISATION_EXPIRED}, {@value AuthorisationCodes#AUTHORISATION_SUSPENDED},
     * {@value AuthorisationCodes#AUTHORISATION_NOT_YET_IN_FORCE}, {@value AuthorisationCodes#ACTIVITY_OUTSIDE_SCOPE},
     * {@value AuthorisationCodes#ACCOUNT_OUTSIDE_SCOPE}. It does not consult the employee directory (see
     * {@link AuthorisationRegister} for that).
     */
    public AuthorityAnswer authorises(Activity activity, AccountId account, Instant at) {
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(account, "account must not be null");
        AuthorityAnswer standing = standingAt(at);
        if (!standing.holds()) {
            return standing;
        }
        if (!scope.covers(activity)) {
            return doesNotHold(AuthorisationCodes.ACTIVITY_OUTSIDE_SCOPE, "authorisation " + id + " of " + holder
                    + " covers " + describe(scope.activities()) + ", not " + activity);
        }
        if (!scope.covers(account)) {
            return doesNotHold(AuthorisationCodes.ACCOUNT_OUTSIDE_SCOPE, "authorisation " + id + " of " + holder
                    + " does not cover account " + account + " (it covers " + scope.accounts() + ")");
        }
        return standing;
    }

    /**
     * Is this authorisation in force at the instant, whatever the scope? {@code Holds} with its id, or
     * {@code DoesNotHold} with {@value AuthorisationCodes#AUTHORISATION_REVOKED},
     * {@value AuthorisationCodes#AUTHORISATION_EXPIRED}, {@value AuthorisationCodes#AUTHORISATION_SUSPENDED} or
     * {@value AuthorisationCodes#AUTHORISATION_NOT_YET_IN_FORCE}.
     */
    public AuthorityAnswer standingAt(Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        StatusChange change = changeInEffectAt(at);
        return switch (statusAt(at)) {
            case REVOKED -> doesNotHold(AuthorisationCodes.AUTHORISATION_REVOKED, "authorisation " + id + " of "
                    + holder + " was revoked on " + change.at() + ": " + change.reason());
            case EXPIRED -> doesNotHold(AuthorisationCodes.AUTHORISATION_EXPIRED, "authorisation " + id + " of "
                    + holder + " expired on " + period.until() + "; CMB may grant a new one");
            case SUSPENDED -> doesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, "authorisation " + id + " of "
                    + holder + " has been suspended since " + change.at() + ": " + change.reason());
            case GRANTED -> at.isBefore(inForceFrom())
                    ? doesNotHold(AuthorisationCodes.AUTHORISATION_NOT_YET_IN_FORCE, "authorisation " + id + " of "
                            + holder + " is not in force until " + inForceFrom())
                    : new AuthorityAnswer.Holds(id);
        };
    }

    /**
     * The effective status at the instant: the status recorded at or before it (GRANTED for an instant before the
     * grant), except that a GRANTED or SUSPENDED authorisation whose period has ended by then is EXPIRED.
     */
    public AuthorisationStatus statusAt(Instant at) {
        AuthorisationStatus recorded = changeInEffectAt(at).status();
        if (!recorded.isTerminal() && period.hasEndedAt(at)) {
            return AuthorisationStatus.EXPIRED;
        }
        return recorded;
    }

    /**
     * Whether the authorisation is in force at the instant: effectively GRANTED, its period started and already
     * granted (an authorisation is never in force before it was granted, whatever its period says).
     */
    public boolean isInForceAt(Instant at) {
        return standingAt(at).holds();
    }

    /** The first instant the authorisation can be in force: the later of its period's start and its grant. */
    public Instant inForceFrom() {
        return period.from().isAfter(grantedAt) ? period.from() : grantedAt;
    }

    private StatusChange changeInEffectAt(Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        StatusChange inEffect = history.get(0);
        for (StatusChange change : history) {
            if (change.at().isAfter(at)) {
                break;
            }
            inEffect = change;
        }
        return inEffect;
    }

    private StatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    private AuthorityAnswer doesNotHold(String code, String reason) {
        return new AuthorityAnswer.DoesNotHold(new Refusal(code, PolicyClause.OFFICIAL_USE_AUTHORISATION, reason));
    }

    private static String describe(Set<Activity> activities) {
        return EnumSet.copyOf(activities).toString();
    }

    // ----------------------------------------------------------------------------------------------- state

    /** The identifier. */
    public AuthorisationId id() {
        return id;
    }

    /** The employee who holds it. */
    public EmployeeId holder() {
        return holder;
    }

    /** The role granted. */
    public Role role() {
        return role;
    }

    /** The accounts and activities granted. */
    public AuthorisationScope scope() {
        return scope;
    }

    /** The current validity period (after any renewals). */
    public ValidityPeriod period() {
        return period;
    }

    /** The training the holder completed, if recorded. */
    public Optional<TrainingRecord> training() {
        return training;
    }

    /** The CMB employee who granted it. */
    public EmployeeId grantedBy() {
        return grantedBy;
    }

    /** When it was granted. */
    public Instant grantedAt() {
        return grantedAt;
    }

    /** The status CMB (or the expiry job) last recorded; see {@link #statusAt} for the effective status. */
    public AuthorisationStatus status() {
        return lastChange().status();
    }

    /** Every status change, oldest first. */
    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    // ----------------------------------------------------------------------------------------------- persistence

    /** The complete state, for persistence and comparison. */
    public AuthorisationSnapshot snapshot() {
        return new AuthorisationSnapshot(id, holder, role, scope, period, training, grantedBy, grantedAt, status(),
                history);
    }

    /**
     * Rebuilds an authorisation from a snapshot.
     *
     * @throws IllegalArgumentException if the snapshot is inconsistent: a holder who granted their own, an
     *         Authorised Contributor without training, a history that does not start with GRANTED at the grant,
     *         is out of order, makes a transition the lifecycle forbids, or ends in another status than
     *         {@code status}
     */
    public static Authorisation restore(AuthorisationSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        String which = "inconsistent snapshot of authorisation " + snapshot.id() + ": ";
        if (snapshot.holder().equals(snapshot.grantedBy())) {
            throw new IllegalArgumentException(which + "granted by its own holder");
        }
        if (snapshot.role() == Role.AUTHORISED_CONTRIBUTOR && snapshot.training().isEmpty()) {
            throw new IllegalArgumentException(which + "an Authorised Contributor without training");
        }
        List<StatusChange> history = snapshot.history();
        if (history.isEmpty() || history.get(0).status() != AuthorisationStatus.GRANTED
                || !history.get(0).at().equals(snapshot.grantedAt())) {
            throw new IllegalArgumentException(which + "history must start with GRANTED at the grant");
        }
        for (int i = 1; i < history.size(); i++) {
            StatusChange before = history.get(i - 1);
            StatusChange after = history.get(i);
            if (after.at().isBefore(before.at())) {
                throw new IllegalArgumentException(which + "history out of order at " + after.at());
            }
            if (!mayFollow(before.status(), after.status())) {
                throw new IllegalArgumentException(which + "history goes from " + before.status() + " to "
                        + after.status());
            }
            if (after.status() == AuthorisationStatus.EXPIRED && !after.at().equals(snapshot.period().until())) {
                throw new IllegalArgumentException(which + "EXPIRED must be recorded at the end of the period");
            }
        }
        if (history.get(history.size() - 1).status() != snapshot.status()) {
            throw new IllegalArgumentException(which + "status " + snapshot.status()
                    + " differs from the last entry of the history");
        }
        return new Authorisation(snapshot.id(), snapshot.holder(), snapshot.role(), snapshot.scope(),
                snapshot.period(), snapshot.training(), snapshot.grantedBy(), snapshot.grantedAt(), history);
    }

    private static boolean mayFollow(AuthorisationStatus before, AuthorisationStatus after) {
        return switch (before) {
            case GRANTED -> after == AuthorisationStatus.SUSPENDED || after == AuthorisationStatus.REVOKED
                    || after == AuthorisationStatus.EXPIRED;
            case SUSPENDED -> after == AuthorisationStatus.GRANTED || after == AuthorisationStatus.REVOKED
                    || after == AuthorisationStatus.EXPIRED;
            case REVOKED, EXPIRED -> false;
        };
    }

    @Override
    public String toString() {
        return "Authorisation " + id + " of " + holder + " as " + role + " (" + status() + ")";
    }
}
