package au.gov.dss.socialmedia.admin.account.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: the accounts as the pages read them, paged and filtered in the database (the persistence adapter). */
public interface AccountListing extends ListSource<AccountFilter, AccountRow> {

    /** The account with its names, as its page shows it, if it exists. */
    Optional<AccountView> view(String accountId);

    /**
     * The accounts in use (not decommissioned) whose privacy review is overdue on the day or was never done, most
     * overdue first: at most {@code max}, as options (id, address).
     */
    List<Option> privacyReviewOverdue(LocalDate day, int max);

    /** The accounts proposed and not yet activated, oldest first: at most {@code max}, as options (id, address). */
    List<Option> proposed(int max);

    /** How many accounts are in each state. */
    Map<String, Long> countByState();

    /** Accounts not decommissioned whose handle or URL contains the text (ignoring case): at most max. */
    List<Option> matching(String text, int max);

    /** Whether an account with this address (platform and handle or URL) is registered, in any state. */
    boolean isRegistered(au.gov.dss.socialmedia.domain.account.AccountAddress address);

    /** How a pick list shows the account with this id, if there is one. */
    Optional<String> label(String accountId);
}
