package au.gov.dss.socialmedia.admin.testing;

import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.account.persistence.JpaAccountRepository;

import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

/** The employees, clock and accounts the persistence tests share; {@link #store} puts the employees in the directory. */
public final class Staff {

    /** The time the tests start at: a Monday in March 2026. */
    public static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    /** The Families Group, a business area other than CMB. */
    public static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");
    /** A CMB officer who grants, decides and administers. */
    public static final Employee CMB_OFFICER = employee("E100001", BusinessArea.CMB);
    /** Another CMB officer. */
    public static final Employee OTHER_CMB_OFFICER = employee("E100002", BusinessArea.CMB);
    /** A CMB officer to be a Communication Account Manager. */
    public static final Employee MANAGER = employee("E100010", BusinessArea.CMB);
    /** A Families Group officer to be an Authorised Contributor, or to sponsor an initiative. */
    public static final Employee FAMILIES_OFFICER = employee("E200010", FAMILIES);
    /** Another Families Group officer. */
    public static final Employee FAMILIES_COLLEAGUE = employee("E200011", FAMILIES);
    /** An officer of the Workplace Relations and Conduct Section. */
    public static final Employee CONDUCT_OFFICER = employee("E300001", BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT);
    /** Another officer of the Workplace Relations and Conduct Section. */
    public static final Employee CONDUCT_DELEGATE = employee("E300002", BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT);

    private Staff() {
    }

    public static Employee employee(String number, BusinessArea area) {
        return new Employee(EmployeeId.of(number), "Officer " + number,
                WorkEmail.of(number.toLowerCase() + "@dss.gov.au"), area, EmploymentType.ONGOING, false);
    }

    /** A clock stopped at the instant. */
    public static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneId.of("Australia/Sydney"));
    }

    /** A clock stopped the given number of days after {@link #T0}. */
    public static Clock day(long days) {
        return at(T0.plus(Duration.ofDays(days)));
    }

    /** {@link #T0} plus the given number of days. */
    public static Instant plusDays(long days) {
        return T0.plus(Duration.ofDays(days));
    }

    /** Stores every employee of this fixture (and so their business areas). */
    public static void store(TestDatabase db) {
        db.run(em -> {
            JpaEmployeeDirectory directory = new JpaEmployeeDirectory(em);
            for (Employee employee : List.of(CMB_OFFICER, OTHER_CMB_OFFICER, MANAGER, FAMILIES_OFFICER,
                    FAMILIES_COLLEAGUE, CONDUCT_OFFICER, CONDUCT_DELEGATE)) {
                directory.save(employee);
            }
        });
    }

    /** Stores {@code count} proposed X accounts administered by {@link #MANAGER}; their ids in order. */
    public static List<AccountId> storeAccounts(TestDatabase db, int count) {
        List<SocialMediaAccount> accounts = IntStream.range(0, count).mapToObj(i -> SocialMediaAccount.propose(
                CMB_OFFICER, AccountAddress.on(PlatformKind.X_TWITTER, "@DSSaccount" + i), "Official news " + i,
                BusinessArea.CMB, MANAGER, InitiativeId.newId(), at(T0)).account()).toList();
        db.run(em -> accounts.forEach(new JpaAccountRepository(em)::save));
        return accounts.stream().map(SocialMediaAccount::id).toList();
    }
}
