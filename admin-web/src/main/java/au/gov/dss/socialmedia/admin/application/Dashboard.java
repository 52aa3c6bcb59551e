package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows.
 *
 * @param accountsByState how many accounts are in each state (every state, zero included)
 * @param expiringAuthorisations authorisations ending in the next 30 days: holder, role, end
 * @param initiativesAwaitingDecision initiatives submitted and not yet decided: title
 * @param overduePrivacyReviews accounts whose privacy review is overdue: address
 */
public record Dashboard(Map<String, Long> accountsByState, List<String> expiringAuthorisations,
                        List<String> initiativesAwaitingDecision, List<String> overduePrivacyReviews) implements Serializable {

    /** Copies the parts. */
    public Dashboard {
        accountsByState = Map.copyOf(accountsByState);
        expiringAuthorisations = List.copyOf(expiringAuthorisations);
        initiativesAwaitingDecision = List.copyOf(initiativesAwaitingDecision);
        overduePrivacyReviews = List.copyOf(overduePrivacyReviews);
    }

    /** The largest state count, to scale the chart. */
    public long largestCount() {
        return accountsByState.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
