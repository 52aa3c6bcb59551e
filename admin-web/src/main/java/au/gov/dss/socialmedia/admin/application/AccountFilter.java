package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
/**
 * What the accounts list is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the handle, URL or purpose
 * @param state one state
 * @param platform one platform
 * @param sortField the column to sort by: address, platform, state, owningArea or privacyNextDue
 * @param ascending the sort direction
 */
public record AccountFilter(String text, String state, String platform, String sortField, boolean ascending) implements Serializable {
}
