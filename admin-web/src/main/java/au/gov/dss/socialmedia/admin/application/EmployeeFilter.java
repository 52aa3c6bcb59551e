package au.gov.dss.socialmedia.admin.application;

import java.io.Serializable;
/**
 * What the employee directory is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the name, work email or employee number (any case)
 * @param businessArea one business area, by code
 * @param employmentType one employment type, by name
 * @param sortField the column to sort by: name, id, workEmail, businessArea, employmentType or onLeave
 * @param ascending the sort direction
 */
public record EmployeeFilter(String text, String businessArea, String employmentType, String sortField,
                             boolean ascending) implements Serializable {
}
