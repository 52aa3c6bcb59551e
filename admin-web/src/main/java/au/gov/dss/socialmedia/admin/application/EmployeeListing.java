package au.gov.dss.socialmedia.admin.application;

import java.util.List;

/** Port: the employee directory, paged, filtered and sorted in the database (implemented by the persistence adapter). */
public interface EmployeeListing {

    /** How many employees match the filter. */
    long count(EmployeeFilter filter);

    /** One page of the employees matching the filter, in the filter's order. */
    List<EmployeeRow> rows(EmployeeFilter filter, int first, int size);
}
