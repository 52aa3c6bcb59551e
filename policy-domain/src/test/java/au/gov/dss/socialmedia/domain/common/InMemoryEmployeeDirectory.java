package au.gov.dss.socialmedia.domain.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The employee directory as a map, for tests. */
public final class InMemoryEmployeeDirectory implements EmployeeDirectory {

    private final Map<EmployeeId, Employee> employees = new HashMap<>();

    /** An empty directory. */
    public InMemoryEmployeeDirectory() {
        // nobody yet
    }

    /** A directory holding the given employees. */
    public static InMemoryEmployeeDirectory of(Employee... employees) {
        InMemoryEmployeeDirectory directory = new InMemoryEmployeeDirectory();
        for (Employee employee : employees) {
            directory.save(employee);
        }
        return directory;
    }

    @Override
    public Optional<Employee> find(EmployeeId id) {
        return Optional.ofNullable(employees.get(id));
    }

    @Override
    public void save(Employee employee) {
        employees.put(employee.id(), employee);
    }
}
