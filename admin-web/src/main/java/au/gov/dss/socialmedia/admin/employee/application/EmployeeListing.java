package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import java.util.List;
import java.util.Optional;

/** Port: the employee directory, paged, filtered and sorted in the database (implemented by persistence). */
public interface EmployeeListing {

    /** How many employees match the filter, exactly up to {@link ListCount#LIMIT}. */
    ListCount count(EmployeeFilter filter);

    /** One page of the employees matching the filter, in the filter's order. */
    List<EmployeeRow> rows(EmployeeFilter filter, int first, int size);

    /** The employee with this number, as the directory shows them, if there is one. */
    Optional<EmployeeRow> find(String employeeNumber);

    /** The user name of the employee's user, if they have one. */
    Optional<String> userOf(String employeeNumber);
}
