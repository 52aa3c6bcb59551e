package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Accounts kept as snapshots in a map, for tests: every find restores a fresh copy, as a database would, so a test
 * that forgets to save sees the old state.
 */
public final class InMemoryAccountRepository implements AccountRepository {

    private final Map<AccountId, AccountSnapshot> accounts = new LinkedHashMap<>();

    /** An empty repository. */
    public InMemoryAccountRepository() {
        // nothing stored yet
    }

    @Override
    public Optional<SocialMediaAccount> find(AccountId id) {
        return Optional.ofNullable(accounts.get(id)).map(SocialMediaAccount::restore);
    }

    @Override
    public void save(SocialMediaAccount account) {
        accounts.put(account.id(), account.snapshot());
    }

    @Override
    public List<SocialMediaAccount> findByState(AccountState state) {
        return where(account -> account.state() == state);
    }

    @Override
    public List<SocialMediaAccount> findAdministeredBy(EmployeeId administrator) {
        return where(account -> account.administrator().equals(administrator));
    }

    @Override
    public List<SocialMediaAccount> findPrivacyReviewOverdue(LocalDate day) {
        return where(account -> account.isPrivacyReviewOverdue(day));
    }

    private List<SocialMediaAccount> where(Predicate<SocialMediaAccount> condition) {
        return accounts.values().stream().map(SocialMediaAccount::restore).filter(condition)
                .collect(Collectors.toList());
    }
}
