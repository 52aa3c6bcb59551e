package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import java.io.Serializable;

/**
 * An employee's page: the directory's entry, their user of the app (if any), and the history of their entry.
 *
 * @param employee the directory's entry
 * @param username the user name of their user, or null when they have none
 * @param history what happened to their entry
 */
public record EmployeeDetail(EmployeeRow employee, String username, SubjectHistory history) implements Serializable {
}
