package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Which official accounts an authorisation covers: {@link AllCmbAccounts every official account CMB administers},
 * or {@link SpecificAccounts a named, non-empty set of accounts}.
 */
public sealed interface AccountScope permits AccountScope.AllCmbAccounts, AccountScope.SpecificAccounts {

    /** Whether the scope includes the account. */
    boolean includes(AccountId account);

    /** Every official account CMB administers, now and in future. */
    static AccountScope allCmbAccounts() {
        return new AllCmbAccounts();
    }

    /** Exactly the given accounts (at least one). */
    static AccountScope of(AccountId... accounts) {
        Objects.requireNonNull(accounts, "accounts must not be null");
        return new SpecificAccounts(Set.copyOf(Arrays.asList(accounts)));
    }

    /**
     * Every official account CMB administers. The policy has CMB manage all official accounts, so this includes
     * every account, including accounts opened after the authorisation was granted.
     */
    record AllCmbAccounts() implements AccountScope {

        /** Always true: CMB administers every official account. */
        @Override
        public boolean includes(AccountId account) {
            Objects.requireNonNull(account, "account must not be null");
            return true;
        }

        @Override
        public String toString() {
            return "all CMB accounts";
        }
    }

    /**
     * The named accounts only.
     *
     * @param accounts at least one account; kept as an unmodifiable copy
     */
    record SpecificAccounts(Set<AccountId> accounts) implements AccountScope {

        /** Refuses a missing or empty set, or a missing account. */
        public SpecificAccounts {
            Objects.requireNonNull(accounts, "accounts must not be null");
            for (AccountId account : accounts) {
                Objects.requireNonNull(account, "accounts must not contain null");
            }
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException("accounts must name at least one account");
            }
            accounts = Set.copyOf(accounts);
        }

        /** Whether the account is one of the named accounts. */
        @Override
        public boolean includes(AccountId account) {
            Objects.requireNonNull(account, "account must not be null");
            return accounts.contains(account);
        }
    }
}
