package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeImportStore;
import au.gov.dss.socialmedia.admin.employee.application.ImportCounts;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The employee directory as an import sees it. The stored employees are read once, as plain values (one query
 * however long the file: thousands of {@code IN} look-ups proved slow on PostgreSQL), and the file is saved in
 * chunks that are flushed and cleared as they go, so that the persistence context stays small, all in the
 * caller's one transaction.
 */
@Dependent
public class JpaEmployeeImportStore implements EmployeeImportStore {

    /** How many employees are written between flushes. */
    static final int CHUNK = 500;

    private final EntityManager em;

    /** A store over the given entity manager. */
    @Inject
    public JpaEmployeeImportStore(EntityManager em) {
        this.em = em;
    }

    @Override
    public Map<String, String> businessAreaNames() {
        Map<String, String> names = new HashMap<>();
        new BusinessAreas(em).all().forEach(area -> names.put(area.code(), area.name()));
        return names;
    }

    @Override
    public Map<String, String> holdersOf(Collection<String> workEmails) {
        Set<String> wanted = new HashSet<>(workEmails);
        Map<String, String> holders = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.workEmail, e.id FROM EmployeeEntity e", Object[].class)
                .getResultList()) {
            if (wanted.contains((String) row[0])) {
                holders.put((String) row[0], (String) row[1]);
            }
        }
        return holders;
    }

    @Override
    public ImportCounts save(List<Employee> employees, IntConsumer saved) {
        BusinessAreas areas = new BusinessAreas(em);
        Map<String, BusinessArea> distinct = new LinkedHashMap<>();
        employees.forEach(employee -> distinct.putIfAbsent(employee.businessArea().code(), employee.businessArea()));
        distinct.values().forEach(areas::ensure);
        em.flush();
        Map<String, Object[]> stored = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.id, e.name, e.workEmail, e.businessArea, e.employmentType,"
                + " e.onLeave FROM EmployeeEntity e", Object[].class).getResultList()) {
            stored.put((String) row[0], row);
        }
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (int from = 0; from < employees.size(); from += CHUNK) {
            List<Employee> chunk = employees.subList(from, Math.min(employees.size(), from + CHUNK));
            for (Employee employee : chunk) {
                Object[] row = stored.get(employee.id().value());
                if (row == null) {
                    EmployeeEntity entity = new EmployeeEntity(employee.id().value());
                    EmployeeMapper.copy(employee, entity);
                    em.persist(entity);
                    added++;
                } else if (same(employee, row)) {
                    unchanged++;
                } else {
                    JpaEmployeeDirectory.update(em, em.find(EmployeeEntity.class, employee.id().value()), employee);
                    updated++;
                }
            }
            em.flush();
            em.clear();
            saved.accept(from + chunk.size());
        }
        return new ImportCounts(added, updated, unchanged);
    }

    /** Whether the stored row (id, name, work email, area, type, on leave) already says what the file says. */
    private static boolean same(Employee employee, Object[] row) {
        return Objects.equals(row[1], employee.name())
                && Objects.equals(row[2], employee.workEmail().value())
                && Objects.equals(row[3], employee.businessArea().code())
                && Objects.equals(row[4], employee.employmentType().name())
                && Boolean.valueOf(employee.onLeave()).equals(row[5]);
    }
}
