package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import java.util.List;
import java.util.Optional;

/** Port: the employee directory, paged, filtered and sorted in the database (implemented by persistence). */
public interface EmployeeListing extends ListSource<EmployeeFilter, EmployeeRow> {

    /** The employee with this number, as the directory shows them, if there is one. */
    Optional<EmployeeRow> find(String employeeNumber);

    /** The user name of the employee's user, if they have one. */
    Optional<String> userOf(String employeeNumber);
}
