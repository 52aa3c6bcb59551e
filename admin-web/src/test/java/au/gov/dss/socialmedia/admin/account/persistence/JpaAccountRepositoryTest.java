package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaAccountRepositoryTest {

    private static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T00:00:00Z"), ZoneId.of("Australia/Sydney"));
    private final TestDatabase db = TestDatabase.fresh();
    private final Employee officer = new Employee(EmployeeId.of("C1"), "Casey Officer", WorkEmail.of("casey@dss.gov.au"),
            BusinessArea.CMB, EmploymentType.ONGOING, false);
    private final Employee manager = new Employee(EmployeeId.of("C2"), "Mel Manager", WorkEmail.of("mel@dss.gov.au"),
            BusinessArea.CMB, EmploymentType.NON_ONGOING, true);

    @AfterEach
    void close() {
        db.close();
    }

    private AccountId storedAccount() {
        db.run(em -> {
            JpaEmployeeDirectory directory = new JpaEmployeeDirectory(em);
            directory.save(officer);
            directory.save(manager);
            directory.save(new Employee(EmployeeId.of("F1"), "Frankie", WorkEmail.of("frankie@dss.gov.au"), FAMILIES,
                    EmploymentType.CONTRACTOR, false));
        });
        SocialMediaAccount account = SocialMediaAccount.propose(officer, AccountAddress.on(PlatformKind.X_TWITTER,
                "@DSSfamilies"), "News for families", FAMILIES, manager, InitiativeId.newId(), clock).account();
        db.run(em -> new JpaAccountRepository(em).save(account));
        return account.id();
    }

    @Test
    void an_account_comes_back_from_the_database_exactly_as_it_was_stored() {
        AccountId id = storedAccount();
        SocialMediaAccount changed = db.inTransaction(em -> {
            JpaAccountRepository accounts = new JpaAccountRepository(em);
            SocialMediaAccount account = accounts.get(id);
            account.recordPrivacyReview(officer, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), "Checked",
                    clock);
            account.approveBranding(officer, "Logo avatar", clock);
            account.decommission(officer, "Initiative cancelled", clock);
            accounts.save(account);
            return account;
        });
        assertEquals(changed.snapshot(), db.inTransaction(em -> new JpaAccountRepository(em).get(id).snapshot()));
    }

    @Test
    void the_directory_keeps_employees_and_their_business_areas() {
        storedAccount();
        Employee frankie = db.inTransaction(em -> new JpaEmployeeDirectory(em).get(EmployeeId.of("F1")));
        assertEquals(FAMILIES, frankie.businessArea());
        assertEquals("Families Group", frankie.businessArea().name());
        assertEquals(manager, db.inTransaction(em -> new JpaEmployeeDirectory(em).get(manager.id())));
    }

    @Test
    void accounts_are_found_by_state_administrator_and_overdue_privacy_review() {
        AccountId id = storedAccount();
        assertEquals(id, db.inTransaction(em -> new JpaAccountRepository(em).findByState(AccountState.PROPOSED))
                .get(0).id());
        assertTrue(db.inTransaction(em -> new JpaAccountRepository(em).findByState(AccountState.ACTIVE)).isEmpty());
        assertEquals(1, db.inTransaction(em -> new JpaAccountRepository(em).findAdministeredBy(manager.id())).size());
        assertEquals(1, db.inTransaction(em -> new JpaAccountRepository(em)
                .findPrivacyReviewOverdue(LocalDate.of(2026, 3, 2))).size(), "never reviewed is overdue");
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused_and_loses_nothing() {
        AccountId id = storedAccount();
        var first = db.inTransaction(em -> em.find(AccountEntity.class, id.toString()));
        db.run(em -> {
            SocialMediaAccount account = new JpaAccountRepository(em).get(id);
            account.revisePurpose(officer, "Second purpose", clock);
            new JpaAccountRepository(em).save(account);
        });
        first.purpose = "Stale purpose";
        assertThrows(OptimisticLockException.class, () -> db.run(em -> em.merge(first)));
        assertEquals("Second purpose", db.inTransaction(em -> new JpaAccountRepository(em).get(id).purpose()));
    }
}
