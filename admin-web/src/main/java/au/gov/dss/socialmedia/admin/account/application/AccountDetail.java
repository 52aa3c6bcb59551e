package au.gov.dss.socialmedia.admin.account.application;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import java.io.Serializable;
import java.util.Set;

/**
 * An account's page: the account, whether its privacy review is overdue, the actions open to the reader now (their
 * role allows it and the account's state permits it), and its history.
 *
 * @param account the account
 * @param privacyReviewOverdue whether its privacy review is overdue today (or was never done)
 * @param actions the {@code ProtectedAction} names the reader may take on it now
 * @param history what happened to it
 */
public record AccountDetail(AccountView account, boolean privacyReviewOverdue, Set<String> actions,
                            SubjectHistory history) implements Serializable {

    /** Copies the actions. */
    public AccountDetail {
        actions = Set.copyOf(actions);
    }

    /** Whether the reader may take the action now. */
    public boolean may(String action) {
        return actions.contains(action);
    }
}
