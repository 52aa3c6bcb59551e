package au.gov.dss.socialmedia.admin.account.persistence;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES;
import static au.gov.dss.socialmedia.admin.testing.Staff.MANAGER;
import static au.gov.dss.socialmedia.admin.testing.Staff.T0;
import static au.gov.dss.socialmedia.admin.testing.Staff.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.account.application.AccountFilter;
import au.gov.dss.socialmedia.admin.account.application.AccountRow;
import au.gov.dss.socialmedia.admin.account.application.AccountView;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.testing.ListingContract;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import java.util.Arrays;
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

    private List<AccountRow> rows(AccountFilter filter, int first, int size) {
        return db.inTransaction(em -> new JpaAccountListing(em).rows(filter, first, size));
    }

    private List<String> addresses(AccountFilter filter) {
        return rows(filter, 0, 50).stream().map(AccountRow::address).toList();
    }

    private ListCount count(AccountFilter filter) {
        return db.inTransaction(em -> new JpaAccountListing(em).count(filter));
    }

    private static AccountFilter filter(String text, String state, String platform) {
        return new AccountFilter(text, state, platform, null);
    }

    @Test
    void the_list_is_paged_in_the_database_and_every_account_appears_on_exactly_one_page() {
        Staff.store(db);
        Staff.storeAccounts(db, 7);

        assertEquals(new ListCount(7, false), count(filter(null, null, null)));
        Set<String> seen = new HashSet<>();
        for (int first = 0; first < 7; first += 3) {
            rows(filter(null, null, null), first, 3).forEach(row -> assertTrue(seen.add(row.id()), row + " twice"));
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
                addresses(filter(" FAMILIES ", null, null)), "by text");
        assertEquals(List.of("https://www.facebook.com/DSSHousing"), addresses(filter(null, "DECOMMISSIONED", null)),
                "by state");
        assertEquals(2, count(filter(null, null, "FACEBOOK")).rows(), "by platform");
        assertEquals(1, count(filter("payments", "PROPOSED", "FACEBOOK")).rows());
        assertEquals(0, count(filter("nothing like it", null, null)).rows());
        assertEquals(0, count(filter("%", null, null)).rows(), "a wildcard typed is matched as the character it is");
    }

    @Test
    void for_every_filter_the_count_says_as_many_accounts_as_the_pages_show() {
        Staff.store(db);
        propose(PlatformKind.X_TWITTER, "@DSSFamilies", "Short updates for families");
        propose(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSFamilies", "Family payments news");
        propose(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSFamilies2", "More family news");
        SocialMediaAccount housing = propose(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSHousing", "Housing");
        housing.decommission(CMB_OFFICER, "Forum ended", at(T0.plusSeconds(60)));
        db.run(em -> new JpaAccountRepository(em).save(housing));

        List<AccountFilter> filters = ListingContract.combinations(List.of(
                        Arrays.asList(null, "families", "housing", "no such text"),
                        Arrays.asList(null, "PROPOSED", "DECOMMISSIONED", "ACTIVE"),
                        Arrays.asList(null, "FACEBOOK", "X_TWITTER", "YOUTUBE"))).stream()
                .map(parts -> filter(parts.get(0), parts.get(1), parts.get(2))).toList();
        ListingContract.countAgreesWithRows(filters, this::count, this::rows, AccountRow::id);
    }

    @Test
    void the_list_is_sorted_by_the_column_asked_for_and_an_unknown_column_sorts_by_address() {
        Staff.store(db);
        propose(PlatformKind.X_TWITTER, "@b_account", "b");
        propose(PlatformKind.FACEBOOK, "https://www.facebook.com/aaccount", "a");
        propose(PlatformKind.INSTAGRAM, "@c_account", "c");

        assertEquals(List.of("https://www.facebook.com/aaccount", "@c_account", "@b_account"),
                addresses(new AccountFilter(null, null, null, new Sort("address", false))));
        assertEquals(List.of("https://www.facebook.com/aaccount", "@c_account", "@b_account"),
                addresses(new AccountFilter(null, null, null, Sort.by("platform"))), "by platform code");
        assertEquals(addresses(new AccountFilter(null, null, null, Sort.by("address"))),
                addresses(new AccountFilter(null, null, null, Sort.by("a.id; DROP TABLE employee"))));
    }

    @Test
    void the_list_sorted_by_business_area_follows_the_areas_names_not_their_codes() {
        Staff.store(db);
        BusinessArea zebra = new BusinessArea("AAA", "Zebra Branch");
        BusinessArea aardvark = new BusinessArea("ZZZ", "Aardvark Branch");
        db.run(em -> {
            JpaEmployeeDirectory directory = new JpaEmployeeDirectory(em);
            directory.save(new Employee(EmployeeId.of("Z1"), "Zed", WorkEmail.of("zed@dss.gov.au"), zebra,
                    EmploymentType.ONGOING, false));
            directory.save(new Employee(EmployeeId.of("A1"), "Ava", WorkEmail.of("ava@dss.gov.au"), aardvark,
                    EmploymentType.ONGOING, false));
        });
        for (BusinessArea area : List.of(zebra, FAMILIES, aardvark)) {
            SocialMediaAccount account = SocialMediaAccount.propose(CMB_OFFICER,
                    AccountAddress.on(PlatformKind.X_TWITTER, "@in_" + area.code()), "Official news", area, MANAGER,
                    InitiativeId.newId(), at(T0)).account();
            db.run(em -> new JpaAccountRepository(em).save(account));
        }

        assertEquals(List.of("@in_ZZZ", "@in_FAM", "@in_AAA"),
                addresses(new AccountFilter(null, null, null, Sort.by("owningArea"))));
        assertEquals(List.of("@in_AAA", "@in_FAM", "@in_ZZZ"),
                addresses(new AccountFilter(null, null, null, new Sort("owningArea", false))));
    }

    @Test
    void an_accounts_page_names_its_administrator_and_platform_and_an_address_already_registered_is_known() {
        Staff.store(db);
        SocialMediaAccount account = propose(PlatformKind.X_TWITTER, "@DSSFamilies", "Short updates for families");

        AccountView view = db.inTransaction(em -> new JpaAccountListing(em).view(account.id().toString()))
                .orElseThrow();
        assertEquals("X (Twitter) @DSSFamilies", view.address());
        assertEquals(MANAGER.name(), view.administratorName());
        assertEquals("PROPOSED", view.state());
        boolean registered = db.inTransaction(em -> new JpaAccountListing(em).isRegistered(
                AccountAddress.on(PlatformKind.X_TWITTER, "@DSSFamilies")));
        boolean other = db.inTransaction(em -> new JpaAccountListing(em).isRegistered(
                AccountAddress.on(PlatformKind.FACEBOOK, "https://www.facebook.com/DSSFamilies")));
        assertTrue(registered);
        assertFalse(other);
        assertTrue(db.inTransaction(em -> new JpaAccountListing(em).view("no-such-account")).isEmpty());
    }
}
