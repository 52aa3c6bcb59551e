package au.gov.dss.socialmedia.admin.audit.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the audit trail is searched by; null or blank parts do not filter.
 *
 * @param text words found in who acted (user name or name), what it was about, the detail, or the action's own
 *             words (then {@code actions} holds the actions whose words match)
 * @param actions the actions whose words match the text (their keys, e.g. {@code account.suspend})
 * @param action one action, by key
 * @param outcome DONE, REFUSED, INVALID or ERROR
 * @param from the first day (in Canberra), or null
 * @param until the last day (in Canberra), or null
 * @param sort the order (null: newest first)
 */
public record AuditFilter(String text, Set<String> actions, String action, String outcome, LocalDate from,
                          LocalDate until, Sort sort) implements Serializable, Sorted {

    /** Copies the actions. */
    public AuditFilter {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }
}
