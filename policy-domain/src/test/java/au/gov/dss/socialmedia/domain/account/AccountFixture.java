package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.TestClock;

/** Accounts in each state, built from snapshots so that tests of other aggregates need no initiative. */
public final class AccountFixture {

    /** The administrator of fixture accounts: a CMB employee. */
    public static final EmployeeId ADMINISTRATOR = EmployeeId.of("C200");

    private AccountFixture() {
    }

    /** The department's X account, owned by the Families Group. */
    public static AccountAddress xAccount() {
        return AccountAddress.on(PlatformKind.X_TWITTER, "@DSSfamilies");
    }

    /** An account in the given state, serving the given initiative. */
    public static SocialMediaAccount inState(AccountState state, InitiativeId initiative) {
        return SocialMediaAccount.restore(new AccountSnapshot(AccountId.newId(), xAccount(),
                "News and services for families", EmployeeFixture.FAMILIES, ADMINISTRATOR, initiative, state,
                TestClock.START, state == AccountState.DECOMMISSIONED ? "Initiative closed" : null, null, null));
    }

    /** A live account. */
    public static SocialMediaAccount active() {
        return inState(AccountState.ACTIVE, InitiativeId.newId());
    }

    /** A live account on an internal platform (STAFFnet blog). */
    public static SocialMediaAccount activeInternal() {
        return SocialMediaAccount.restore(new AccountSnapshot(AccountId.newId(),
                AccountAddress.on(PlatformKind.INTERNAL_PLATFORM, "https://staffnet.dss.gov.au/blogs/cmb"),
                "STAFFnet blog of CMB", BusinessArea.CMB, ADMINISTRATOR, InitiativeId.newId(), AccountState.ACTIVE,
                TestClock.START, null, null, null));
    }
}
