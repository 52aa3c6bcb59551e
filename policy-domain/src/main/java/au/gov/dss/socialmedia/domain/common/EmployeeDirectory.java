package au.gov.dss.socialmedia.domain.common;

import java.util.Optional;

/**
 * Port: the department's directory of employees, as the domain needs it. Implemented outside the domain (a
 * database table in the admin app, an in-memory map in tests).
 */
public interface EmployeeDirectory {

    /** The employee with this number, if the directory knows them. */
    Optional<Employee> find(EmployeeId id);

    /** Adds or replaces the employee with the same number. */
    void save(Employee employee);

    /** The employee with this number, or a refusal naming the unknown number. */
    default Employee get(EmployeeId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal("UNKNOWN_EMPLOYEE",
                PolicyClause.APPLICATION, "no employee with number " + id + " is known to the directory")));
    }
}
