package au.gov.dss.socialmedia.domain.authorisation;

import au.gov.dss.socialmedia.domain.common.AccountId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an authorisation allows: the activities (publish, respond, moderate, represent the department on a
 * third-party site, post to internal platforms) on the accounts in scope.
 *
 * @param accounts which accounts
 * @param activities which activities, at least one; kept as an unmodifiable copy
 */
public record AuthorisationScope(AccountScope accounts, Set<Activity> activities) {

    /** Refuses missing parts and an empty set of activities. */
    public AuthorisationScope {
        Objects.requireNonNull(accounts, "account scope must not be null");
        Objects.requireNonNull(activities, "activities must not be null");
        for (Activity activity : activities) {
            Objects.requireNonNull(activity, "activities must not contain null");
        }
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("activities must name at least one activity");
        }
        activities = Set.copyOf(activities);
    }

    /** The given activities on the given accounts. */
    public static AuthorisationScope of(AccountScope accounts, Activity... activities) {
        Objects.requireNonNull(activities, "activities must not be null");
        return new AuthorisationScope(accounts, Set.copyOf(Arrays.asList(activities)));
    }

    /** Every activity on every account CMB administers (typical for a Communication Account Manager). */
    public static AuthorisationScope everything() {
        return new AuthorisationScope(AccountScope.allCmbAccounts(), EnumSet.allOf(Activity.class));
    }

    /** Whether the activity is in scope. */
    public boolean covers(Activity activity) {
        Objects.requireNonNull(activity, "activity must not be null");
        return activities.contains(activity);
    }

    /** Whether the account is in scope. */
    public boolean covers(AccountId account) {
        return accounts.includes(account);
    }

    /** Whether both the activity and the account are in scope. */
    public boolean covers(Activity activity, AccountId account) {
        return covers(activity) && covers(account);
    }
}
