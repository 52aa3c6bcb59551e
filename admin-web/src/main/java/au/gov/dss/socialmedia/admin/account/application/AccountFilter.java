package au.gov.dss.socialmedia.admin.account.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;

/**
 * What the accounts list is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the handle, URL or purpose
 * @param state one state (an {@code AccountState} name)
 * @param platform one platform (a {@code PlatformKind} name)
 * @param sort the order: by address, platform, state, owningArea or privacyNextDue (null: by address)
 */
public record AccountFilter(String text, String state, String platform, Sort sort) implements Serializable, Sorted {
}
