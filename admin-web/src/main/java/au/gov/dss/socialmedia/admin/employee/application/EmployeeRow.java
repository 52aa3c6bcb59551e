package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;

/**
 * An employee as the directory shows them.
 *
 * @param id the employee number
 * @param name the full name
 * @param workEmail the departmental email address
 * @param businessAreaCode the business area's code
 * @param businessArea the business area's name
 * @param employmentType ONGOING, NON_ONGOING, SECONDEE or CONTRACTOR
 * @param onLeave whether the employee is on leave
 */
public record EmployeeRow(String id, String name, String workEmail, String businessAreaCode, String businessArea,
                          String employmentType, boolean onLeave) implements Serializable, Keyed {
}
