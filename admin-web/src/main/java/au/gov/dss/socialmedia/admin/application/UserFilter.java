package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
/**
 * What the users list is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the user name, the employee's name or the employee number
 * @param role one role a user holds, for example {@code AUDITOR}
 * @param sortField the column to sort by: username, employeeName, employeeId, businessArea or enabled
 * @param ascending the sort direction
 */
public record UserFilter(String text, String role, String sortField, boolean ascending) implements Serializable {
}
