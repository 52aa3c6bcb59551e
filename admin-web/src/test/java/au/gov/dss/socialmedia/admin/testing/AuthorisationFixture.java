package au.gov.dss.socialmedia.admin.testing;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.at;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;

import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.AccountId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/** Authorisations built through the domain's own commands, in every state the persistence tests need. */
public final class AuthorisationFixture {

    private AuthorisationFixture() {
    }

    /** {@link Staff#MANAGER} as Communication Account Manager of all CMB accounts, granted at T0 for the period. */
    public static Authorisation manager(ValidityPeriod period) {
        return Authorisation.grant(MANAGER, CMB_OFFICER, Role.COMMUNICATION_ACCOUNT_MANAGER,
                AuthorisationScope.everything(), period, Optional.empty(), day(0)).authorisation();
    }

    /** A manager authorisation granted at T0 for a year from T0. */
    public static Authorisation manager() {
        return manager(aYear());
    }

    /** {@link Staff#FAMILIES_OFFICER}, trained, publishing and responding on the accounts, a year from T0. */
    public static Authorisation contributor(AccountId... accounts) {
        return Authorisation.grant(FAMILIES_OFFICER, CMB_OFFICER, Role.AUTHORISED_CONTRIBUTOR,
                AuthorisationScope.of(AccountScope.of(accounts), Activity.PUBLISH, Activity.RESPOND), aYear(),
                Optional.of(new TrainingRecord("Official use of social media", LocalDate.of(2026, 2, 16),
                        CMB_OFFICER.id())), day(0)).authorisation();
    }

    /** A year from T0. */
    public static ValidityPeriod aYear() {
        return ValidityPeriod.starting(Staff.T0, Duration.ofDays(365));
    }

    /** The states an authorisation can be stored in, from the barest to the richest. */
    public enum Stage {
        /** Granted, nothing since. */
        GRANTED(a -> a),
        /** Suspended a day after the grant. */
        SUSPENDED(a -> {
            a.suspend(CMB_OFFICER, "Complaint under review", day(1));
            return a;
        }),
        /** Revoked a day after the grant. */
        REVOKED(a -> {
            a.revoke(CMB_OFFICER, "Moved to another role", day(1));
            return a;
        }),
        /** Its period ended and the expiry was recorded. */
        EXPIRED(a -> {
            a.recordExpiry(at(a.period().until().plusSeconds(60)));
            return a;
        }),
        /** Suspended, reinstated, renewed, suspended again, then revoked: every kind of change. */
        EVERYTHING_HAPPENED(a -> {
            a.suspend(CMB_OFFICER, "Complaint under review", day(1));
            a.reinstate(CMB_OFFICER, "Review completed", day(2));
            a.renew(CMB_OFFICER, plusDays(400), day(3));
            a.suspend(CMB_OFFICER, "Second complaint", day(4));
            a.revoke(CMB_OFFICER, "Complaint upheld", day(5));
            return a;
        });

        private final Function<Authorisation, Authorisation> steps;

        Stage(Function<Authorisation, Authorisation> steps) {
            this.steps = steps;
        }

        /** Brings a freshly granted authorisation into this stage. */
        public Authorisation bring(Authorisation granted) {
            return steps.apply(granted);
        }
    }
}
