package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.AuthorisationFixture;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.T0;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static au.gov.dss.socialmedia.admin.testing.Staff.plusDays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationStatus;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import jakarta.persistence.OptimisticLockException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaAuthorisationRepositoryTest {

    private static final Duration MICROSECOND = Duration.ofNanos(1000);

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private void store(Authorisation... authorisations) {
        db.run(em -> {
            JpaAuthorisationRepository repository = new JpaAuthorisationRepository(em);
            for (Authorisation authorisation : authorisations) {
                repository.save(authorisation);
            }
        });
    }

    private Authorisation load(AuthorisationId id) {
        return db.inTransaction(em -> new JpaAuthorisationRepository(em).get(id));
    }

    private List<AuthorisationId> ids(List<Authorisation> authorisations) {
        return authorisations.stream().map(Authorisation::id).toList();
    }

    private List<AuthorisationId> inForce(AccountId account, Instant at) {
        return ids(db.inTransaction(em -> new JpaAuthorisationRepository(em).findInForceFor(account, at)));
    }

    private List<AuthorisationId> ending(Instant from, Instant to) {
        return ids(db.inTransaction(em -> new JpaAuthorisationRepository(em).findEndingBetween(from, to)));
    }

    @ParameterizedTest
    @EnumSource(AuthorisationFixture.Stage.class)
    void a_manager_authorisation_comes_back_exactly_as_it_was_stored(AuthorisationFixture.Stage stage) {
        Staff.store(db);
        Authorisation authorisation = stage.bring(AuthorisationFixture.manager());
        store(authorisation);
        assertEquals(authorisation.snapshot(), load(authorisation.id()).snapshot());
    }

    @ParameterizedTest
    @EnumSource(AuthorisationFixture.Stage.class)
    void a_trained_contributor_on_named_accounts_comes_back_exactly_as_stored(AuthorisationFixture.Stage stage) {
        Staff.store(db);
        List<AccountId> accounts = Staff.storeAccounts(db, 3);
        Authorisation authorisation = stage.bring(AuthorisationFixture.contributor(accounts.get(0), accounts.get(2)));
        store(authorisation);
        assertEquals(authorisation.snapshot(), load(authorisation.id()).snapshot());
    }

    @Test
    void each_change_saved_to_a_stored_authorisation_is_kept() {
        Staff.store(db);
        Authorisation granted = AuthorisationFixture.manager();
        store(granted);
        List<Consumer<Authorisation>> changes = List.of(
                a -> a.suspend(CMB_OFFICER, "Complaint under review", day(1)),
                a -> a.reinstate(CMB_OFFICER, "Review completed", day(2)),
                a -> a.renew(CMB_OFFICER, plusDays(500), day(3)),
                a -> a.revoke(CMB_OFFICER, "Left the department", day(4)));
        for (Consumer<Authorisation> change : changes) {
            Authorisation changed = db.inTransaction(em -> {
                JpaAuthorisationRepository repository = new JpaAuthorisationRepository(em);
                Authorisation authorisation = repository.get(granted.id());
                change.accept(authorisation);
                repository.save(authorisation);
                return authorisation;
            });
            assertEquals(changed.snapshot(), load(granted.id()).snapshot());
        }
        assertEquals(AuthorisationStatus.REVOKED, load(granted.id()).status());
        assertEquals(4, load(granted.id()).history().size(), "renewing changes no status");
    }

    @Test
    void authorisations_are_found_by_holder_whatever_their_status() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        Authorisation first = AuthorisationFixture.manager();
        first.revoke(CMB_OFFICER, "Replaced", day(1));
        Authorisation second = AuthorisationFixture.manager();
        Authorisation contributor = AuthorisationFixture.contributor(account);
        store(first, second, contributor);

        List<AuthorisationId> managers = ids(db.inTransaction(em -> new JpaAuthorisationRepository(em)
                .findByHolder(MANAGER.id())));
        assertEquals(2, managers.size());
        assertTrue(managers.containsAll(List.of(first.id(), second.id())));
        assertEquals(List.of(contributor.id()), ids(db.inTransaction(em -> new JpaAuthorisationRepository(em)
                .findByHolder(FAMILIES_OFFICER.id()))));
        assertTrue(db.inTransaction(em -> new JpaAuthorisationRepository(em).findByHolder(CMB_OFFICER.id()))
                .isEmpty());
    }

    @Test
    void in_force_means_within_the_period_from_its_first_instant_to_just_before_its_end() {
        Staff.store(db);
        List<AccountId> accounts = Staff.storeAccounts(db, 2);
        AccountId named = accounts.get(0);
        AccountId other = accounts.get(1);
        Authorisation manager = AuthorisationFixture.manager();
        Authorisation contributor = AuthorisationFixture.contributor(named);
        store(manager, contributor);
        Instant until = manager.period().until();

        assertEquals(List.of(), inForce(named, T0.minus(MICROSECOND)), "not before the period starts");
        assertEquals(2, inForce(named, T0).size(), "from the first instant of the period");
        assertTrue(inForce(named, T0).containsAll(List.of(manager.id(), contributor.id())));
        assertEquals(List.of(manager.id()), inForce(other, T0), "a contributor only on the named accounts");
        assertEquals(2, inForce(named, until.minus(MICROSECOND)).size(), "until just before the end");
        assertEquals(List.of(), inForce(named, until), "the end is excluded");
    }

    @Test
    void in_force_follows_the_status_history_at_the_instant_asked_about() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        Authorisation suspendedThenReinstated = AuthorisationFixture.manager();
        suspendedThenReinstated.suspend(CMB_OFFICER, "Complaint under review", day(1));
        suspendedThenReinstated.reinstate(CMB_OFFICER, "Review completed", day(2));
        Authorisation revokedLater = AuthorisationFixture.contributor(account);
        revokedLater.revoke(CMB_OFFICER, "Complaint upheld", day(10));
        store(suspendedThenReinstated, revokedLater);

        assertEquals(List.of(revokedLater.id()), inForce(account, plusDays(1)), "suspended from the day after");
        assertEquals(List.of(revokedLater.id()), inForce(account, plusDays(2).minus(MICROSECOND)));
        assertEquals(2, inForce(account, plusDays(2)).size(), "in force again once reinstated");
        assertEquals(2, inForce(account, plusDays(10).minus(MICROSECOND)).size(), "revoked only later");
        assertEquals(List.of(suspendedThenReinstated.id()), inForce(account, plusDays(10)));
    }

    @Test
    void an_authorisation_is_never_in_force_before_its_grant_nor_before_its_period() {
        Staff.store(db);
        AccountId account = Staff.storeAccounts(db, 1).get(0);
        Authorisation backdated = AuthorisationFixture.manager(new ValidityPeriod(plusDays(-10), plusDays(100)));
        Authorisation future = AuthorisationFixture.manager(new ValidityPeriod(plusDays(30), plusDays(100)));
        store(backdated, future);

        assertEquals(List.of(), inForce(account, plusDays(-5)), "backdated period, but not yet granted");
        assertEquals(List.of(backdated.id()), inForce(account, T0));
        assertEquals(List.of(backdated.id()), inForce(account, plusDays(30).minus(MICROSECOND)));
        assertEquals(2, inForce(account, plusDays(30)).size());
    }

    @Test
    void the_expiring_soon_list_holds_granted_and_suspended_authorisations_ending_from_the_start_to_before_the_end() {
        Staff.store(db);
        Authorisation granted = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(365)));
        Authorisation suspended = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(100)));
        suspended.suspend(CMB_OFFICER, "Complaint under review", day(1));
        Authorisation revoked = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(200)));
        revoked.revoke(CMB_OFFICER, "Left the department", day(1));
        Authorisation expired = AuthorisationFixture.manager(new ValidityPeriod(T0, plusDays(50)));
        expired.recordExpiry(day(51));
        store(granted, suspended, revoked, expired);

        assertEquals(List.of(suspended.id(), granted.id()), ending(T0, plusDays(366)), "in order of their end");
        assertEquals(List.of(suspended.id()), ending(plusDays(100), plusDays(365)), "start in, end out");
        assertEquals(List.of(suspended.id(), granted.id()), ending(plusDays(100), plusDays(365).plus(MICROSECOND)));
        assertEquals(List.of(granted.id()), ending(plusDays(100).plus(MICROSECOND), plusDays(366)));
        assertEquals(List.of(), ending(plusDays(40), plusDays(60)), "a recorded expiry is not expiring soon");
    }

    private long version(Authorisation authorisation) {
        return db.inTransaction(em -> em.find(AuthorisationEntity.class, authorisation.id().toString()).version());
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused_and_loses_nothing() {
        Staff.store(db);
        Authorisation authorisation = AuthorisationFixture.manager();
        store(authorisation);
        long stored = version(authorisation);
        AuthorisationEntity stale = db.inTransaction(em -> em.find(AuthorisationEntity.class,
                authorisation.id().toString()));
        db.run(em -> {
            JpaAuthorisationRepository repository = new JpaAuthorisationRepository(em);
            Authorisation current = repository.get(authorisation.id());
            current.suspend(CMB_OFFICER, "Complaint under review", day(1));
            repository.save(current);
        });
        assertTrue(version(authorisation) > stored);

        stale.validUntil = plusDays(10);
        assertThrows(OptimisticLockException.class, () -> db.run(em -> em.merge(stale)));
        Authorisation kept = load(authorisation.id());
        assertEquals(AuthorisationStatus.SUSPENDED, kept.status());
        assertEquals(authorisation.period(), kept.period());
    }
}
