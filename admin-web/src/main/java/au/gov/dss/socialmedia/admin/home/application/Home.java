package au.gov.dss.socialmedia.admin.home.application;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The home page: what waits for the signed-in person (only the kinds of work their roles do), and how many official
 * accounts are in each state.
 *
 * @param work the kinds of work waiting, each with its links
 * @param accountsByState how many accounts are in each state (every state, zero included)
 */
public record Home(List<WorkList> work, Map<String, Long> accountsByState) implements Serializable {

    /** Copies the parts. */
    public Home {
        work = List.copyOf(work);
        accountsByState = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accountsByState));
    }

    /** Whether nothing at all is waiting. */
    public boolean isNothingWaiting() {
        return work.stream().allMatch(list -> list.items().isEmpty());
    }

    /** The largest state count, to scale the chart. */
    public long largestCount() {
        return accountsByState.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
