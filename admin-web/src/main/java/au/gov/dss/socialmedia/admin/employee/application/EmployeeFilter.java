package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.listing.Sorted;
import java.io.Serializable;

/**
 * What the employee directory is filtered and sorted by; null or blank parts do not filter.
 *
 * @param text part of the name, work email or employee number (any case)
 * @param businessArea one business area, by code
 * @param employmentType one employment type, by name
 * @param sort the order: by name, id, workEmail, businessArea, employmentType or onLeave (null: by name)
 */
public record EmployeeFilter(String text, String businessArea, String employmentType, Sort sort)
        implements Serializable, Sorted {
}
