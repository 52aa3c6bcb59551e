package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.admin.employee.persistence.BusinessAreaEntity;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.T0;
import static au.gov.dss.socialmedia.admin.testing.Staff.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.account.application.AccountFilter;
import au.gov.dss.socialmedia.admin.account.application.AccountRow;
import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaAccountListingTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private SocialMediaAccount propose(PlatformKind platform, String address, String purpose) {
        SocialMediaAccount account = SocialMediaAccount.propose(CMB_OFFICER, AccountAddress.on(platform, address),
                purpose, FAMILIES, MANAGER, InitiativeId.newId(), at(T0)).account();
        db.run(em -> new JpaAccountRepository(em).save(account));
        return account;
    }

    private List<String> addresses(AccountFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaAccountListing(em).rows(filter, first, size)).stream()
                .map(AccountRow::address).toList();
    }

    private long count(AccountFilter filter, long atMost) {
        return db.inTransaction(em -> new JpaAccountListing(em).count(filter, atMost));
    }

    private static AccountFilter all() {
        return new AccountFilter(null, null, null, "address", true);
    }

    @Test
    void the_list_is_paged_in_the_database_and_every_account_appears_on_exactly_one_page() {
        Staff.store(db);
        Staff.storeAccounts(db, 7);

        assertEquals(7, count(all(), 100));
        Set<String> seen = new HashSet<>();
        for (int first = 0; first < 7; first += 3) {
            addresses(all(), first, 3).forEach(address -> assertTrue(seen.add(address), address + " twice"));
        }
        assertEquals(7, seen.size());
    }

    @Test
    void the_list_is_filtered_by_text_state_and_platform() {
        Staff.store(db);
        propose(PlatformKind.X_TWITTER, "@DSSFamilies", "Short updates for families");
        propose(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSFamilies", "Family payments news");
        SocialMediaAccount housing = propose(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSHousing",
                "Housing forum");
        housing.decommission(CMB_OFFICER, "Forum ended", at(T0.plusSeconds(60)));
        db.run(em -> new JpaAccountRepository(em).save(housing));

        assertEquals(List.of("@DSSFamilies", "https://www.facebook.com/DSSFamilies"),
                addresses(new AccountFilter(" FAMILIES ", null, null, "address", true), 0, 10), "by text");
        assertEquals(List.of("https://www.facebook.com/DSSHousing"),
                addresses(new AccountFilter(null, "DECOMMISSIONED", null, "address", true), 0, 10), "by state");
        assertEquals(2, count(new AccountFilter(null, null, "FACEBOOK", "address", true), 10), "by platform");
        assertEquals(1, count(new AccountFilter("payments", "PROPOSED", "FACEBOOK", "address", true), 10));
        assertEquals(0, count(new AccountFilter("nothing like it", null, null, "address", true), 10));
    }

    @Test
    void the_list_is_sorted_by_the_column_asked_for_and_an_unknown_column_sorts_by_address() {
        Staff.store(db);
        propose(PlatformKind.X_TWITTER, "@b_account", "b");
        propose(PlatformKind.FACEBOOK, "https://www.facebook.com/aaccount", "a");
        propose(PlatformKind.INSTAGRAM, "@c_account", "c");

        assertEquals(List.of("https://www.facebook.com/aaccount", "@c_account", "@b_account"),
                addresses(new AccountFilter(null, null, null, "address", false), 0, 10));
        assertEquals(List.of("https://www.facebook.com/aaccount", "@c_account", "@b_account"),
                addresses(new AccountFilter(null, null, null, "platform", true), 0, 10), "by platform code");
        assertEquals(addresses(new AccountFilter(null, null, null, "address", true), 0, 10),
                addresses(new AccountFilter(null, null, null, "a.id; DROP TABLE employee", true), 0, 10));
    }

    @Test
    void the_list_sorted_by_business_area_follows_the_areas_names_not_their_codes() {
        Staff.store(db);
        BusinessArea zebra = new BusinessArea("AAA", "Zebra Branch");
        BusinessArea aardvark = new BusinessArea("ZZZ", "Aardvark Branch");
        db.run(em -> {
            em.persist(new BusinessAreaEntity(zebra.code(), zebra.name()));
            em.persist(new BusinessAreaEntity(aardvark.code(), aardvark.name()));
        });
        for (BusinessArea area : List.of(zebra, FAMILIES, aardvark)) {
            SocialMediaAccount account = SocialMediaAccount.propose(CMB_OFFICER,
                    AccountAddress.on(PlatformKind.X_TWITTER, "@in_" + area.code()), "Official news", area, MANAGER,
                    InitiativeId.newId(), at(T0)).account();
            db.run(em -> new JpaAccountRepository(em).save(account));
        }

        assertEquals(List.of("@in_ZZZ", "@in_FAM", "@in_AAA"),
                addresses(new AccountFilter(null, null, null, "owningArea", true), 0, 10));
        assertEquals(List.of("@in_AAA", "@in_FAM", "@in_ZZZ"),
                addresses(new AccountFilter(null, null, null, "owningArea", false), 0, 10));
    }

    @Test
    void the_count_stops_at_its_limit_so_that_a_huge_list_costs_no_more_to_show() {
        Staff.store(db);
        Staff.storeAccounts(db, 5);

        assertEquals(2, count(all(), 2));
        assertEquals(5, count(all(), 5));
        assertEquals(5, count(all(), 50));
        assertEquals(0, count(all(), 0));
    }
}
