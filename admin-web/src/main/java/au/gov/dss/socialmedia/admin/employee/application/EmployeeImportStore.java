package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.domain.common.Employee;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Port: what an import of the employee directory needs from the database (implemented by the persistence adapter):
 * the business areas and work emails already stored, to check a file against, and the saving of a whole file in
 * the caller's transaction.
 */
public interface EmployeeImportStore {

    /** The name of every stored business area, by code. */
    Map<String, String> businessAreaNames();

    /** The employee number of whoever holds each of these work emails now, by email (absent when nobody does). */
    Map<String, String> holdersOf(Collection<String> workEmails);

    /**
     * Adds the employees not stored yet, updates those that differ and leaves the others alone, with their business
     * areas; tells {@code saved} how many it has done so far as it goes.
     */
    ImportCounts save(List<Employee> employees, IntConsumer saved);
}
