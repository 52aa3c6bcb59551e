package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.InMemoryEmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Employees, accounts and authorisations that authorisation tests (and the lead's scenario tests) share. Every
 * authorisation is granted at the test clock's time; the default period starts at {@link TestClock#START} and
 * lasts a year.
 */
public final class AuthorisationFixture {

    /** A CMB officer who grants and administers authorisations. */
    public static final Employee GRANTOR = EmployeeFixture.cmbOfficer("E100001");
    /** Another CMB officer, also able to administer authorisations. */
    public static final Employee OTHER_CMB_OFFICER = EmployeeFixture.cmbOfficer("E100002");
    /** A CMB officer to be authorised as a Communication Account Manager. */
    public static final Employee MANAGER = EmployeeFixture.cmbOfficer("E100010");
    /** A Families Group officer to be authorised as an Authorised Contributor. */
    public static final Employee CONTRIBUTOR = EmployeeFixture.familiesOfficer("E200010");
    /** A Families Group officer with no part in authorising anyone. */
    public static final Employee OUTSIDER = EmployeeFixture.familiesOfficer("E200099");

    /** The department's Twitter account: the contributor's default scope. */
    public static final AccountId DSS_TWITTER = AccountId.of("00000000-0000-4000-8000-000000000001");
    /** The department's Facebook page. */
    public static final AccountId DSS_FACEBOOK = AccountId.of("00000000-0000-4000-8000-000000000002");
    /** The department's LinkedIn page. */
    public static final AccountId DSS_LINKEDIN = AccountId.of("00000000-0000-4000-8000-000000000003");

    /** The default validity period: a year from {@link TestClock#START}. */
    public static final ValidityPeriod A_YEAR = ValidityPeriod.starting(TestClock.START, Duration.ofDays(365));

    private AuthorisationFixture() {
    }

    /** Training completed two weeks before {@link TestClock#START}, recorded by {@link #GRANTOR}. */
    public static TrainingRecord completedTraining() {
        return new TrainingRecord("Official use of social media", LocalDate.of(2026, 2, 16), GRANTOR.id());
    }

    /** A directory holding every employee of this fixture. */
    public static InMemoryEmployeeDirectory directory() {
        return InMemoryEmployeeDirectory.of(GRANTOR, OTHER_CMB_OFFICER, MANAGER, CONTRIBUTOR, OUTSIDER);
    }

    /** {@link #MANAGER} as Communication Account Manager: every activity on all CMB accounts, a year, by GRANTOR. */
    public static Builder aManagerAuthorisation() {
        return new Builder(MANAGER, Role.COMMUNICATION_ACCOUNT_MANAGER, AuthorisationScope.everything(),
                Optional.empty());
    }

    /** {@link #CONTRIBUTOR} as Authorised Contributor: publish and respond on Twitter, trained, a year. */
    public static Builder aContributorAuthorisation() {
        return new Builder(CONTRIBUTOR, Role.AUTHORISED_CONTRIBUTOR,
                AuthorisationScope.of(AccountScope.of(DSS_TWITTER), Activity.PUBLISH, Activity.RESPOND),
                Optional.of(completedTraining()));
    }

    /**
     * The situations an authorisation can be in, for state tables. The clock is left at the situation's time:
     * {@link TestClock#START} plus one day for the first three, after the end of the period for the others.
     */
    public enum Stage {
        /** Granted and in force. */
        GRANTED(AuthorisationStatus.GRANTED),
        /** Suspended by CMB. */
        SUSPENDED(AuthorisationStatus.SUSPENDED),
        /** Revoked by CMB. */
        REVOKED(AuthorisationStatus.REVOKED),
        /** Period ended and the expiry recorded. */
        EXPIRED(AuthorisationStatus.EXPIRED),
        /** Granted, period ended, expiry not yet recorded. */
        LAPSED(AuthorisationStatus.EXPIRED),
        /** Suspended, period ended, expiry not yet recorded. */
        SUSPENDED_AND_LAPSED(AuthorisationStatus.EXPIRED);

        private final AuthorisationStatus effectiveStatus;

        Stage(AuthorisationStatus effectiveStatus) {
            this.effectiveStatus = effectiveStatus;
        }

        /** The status the authorisation effectively has in this situation. */
        public AuthorisationStatus effectiveStatus() {
            return effectiveStatus;
        }

        /** A default manager authorisation granted at the clock's time and brought into this situation. */
        public Authorisation of(TestClock clock) {
            return bring(aManagerAuthorisation().granted(clock), clock);
        }

        /** Brings a freshly granted authorisation into this situation, moving the clock. */
        public Authorisation bring(Authorisation authorisation, TestClock clock) {
            clock.advanceDays(1);
            switch (this) {
                case GRANTED -> { }
                case SUSPENDED -> authorisation.suspend(GRANTOR, "complaint under review", clock);
                case REVOKED -> authorisation.revoke(GRANTOR, "moved to another role", clock);
                case EXPIRED -> {
                    clock.setTo(authorisation.period().until().plus(Duration.ofDays(1)));
                    authorisation.recordExpiry(clock);
                }
                case LAPSED -> clock.setTo(authorisation.period().until().plus(Duration.ofDays(1)));
                case SUSPENDED_AND_LAPSED -> {
                    authorisation.suspend(GRANTOR, "complaint under review", clock);
                    clock.setTo(authorisation.period().until().plus(Duration.ofDays(1)));
                }
                default -> throw new IllegalStateException("unknown stage " + this);
            }
            return authorisation;
        }
    }

    /** Builds and grants an authorisation; every part has a sensible default. */
    public static final class Builder {

        private Employee holder;
        private Employee grantor = GRANTOR;
        private Role role;
        private AuthorisationScope scope;
        private ValidityPeriod period = A_YEAR;
        private Optional<TrainingRecord> training;

        private Builder(Employee holder, Role role, AuthorisationScope scope, Optional<TrainingRecord> training) {
            this.holder = holder;
            this.role = role;
            this.scope = scope;
            this.training = training;
        }

        /** Another holder. */
        public Builder heldBy(Employee newHolder) {
            this.holder = Objects.requireNonNull(newHolder);
            return this;
        }

        /** Another grantor. */
        public Builder grantedBy(Employee newGrantor) {
            this.grantor = Objects.requireNonNull(newGrantor);
            return this;
        }

        /** Another role. */
        public Builder as(Role newRole) {
            this.role = Objects.requireNonNull(newRole);
            return this;
        }

        /** Another scope. */
        public Builder scope(AuthorisationScope newScope) {
            this.scope = Objects.requireNonNull(newScope);
            return this;
        }

        /** The given activities on the given accounts. */
        public Builder scope(AccountScope accounts, Activity... activities) {
            return scope(AuthorisationScope.of(accounts, activities));
        }

        /** Another period. */
        public Builder period(ValidityPeriod newPeriod) {
            this.period = Objects.requireNonNull(newPeriod);
            return this;
        }

        /** With this training record. */
        public Builder trained(TrainingRecord record) {
            this.training = Optional.of(record);
            return this;
        }

        /** Without any training record. */
        public Builder untrained() {
            this.training = Optional.empty();
            return this;
        }

        /** Grants it now, returning the authorisation and its event. */
        public Granted grant(Clock clock) {
            return Authorisation.grant(holder, grantor, role, scope, period, training, clock);
        }

        /** Grants it now, returning the authorisation. */
        public Authorisation granted(Clock clock) {
            return grant(clock).authorisation();
        }
    }
}
