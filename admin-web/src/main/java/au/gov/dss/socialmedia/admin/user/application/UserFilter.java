package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;

/**
 * What the users list is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the user name, the employee's name or the employee number
 * @param role one role a user holds, for example {@code AUDITOR}
 * @param sort the order: by username, employeeName, employeeId, businessArea or enabled (null: by user name)
 */
public record UserFilter(String text, String role, Sort sort) implements Serializable, Sorted {
}
