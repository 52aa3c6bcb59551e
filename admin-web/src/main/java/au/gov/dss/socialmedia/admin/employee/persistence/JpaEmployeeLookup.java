package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@link EmployeeLookup} port, straight from the directory's tables. */
@Dependent
public class JpaEmployeeLookup implements EmployeeLookup {

    private final EntityManager em;

    /** A lookup over the given entity manager. */
    @Inject
    public JpaEmployeeLookup(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<BusinessArea> businessArea(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(BusinessAreaEntity.class, code.strip()))
                .map(row -> new BusinessArea(row.code, row.name));
    }

    @Override
    public List<Option> businessAreas() {
        return em.createQuery("SELECT a FROM BusinessAreaEntity a ORDER BY a.name", BusinessAreaEntity.class)
                .getResultStream().map(a -> new Option(a.code, a.name)).toList();
    }

    @Override
    public List<Option> ofArea(String businessAreaCode) {
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.businessArea = :area ORDER BY e.name",
                        EmployeeEntity.class).setParameter("area", businessAreaCode).setMaxResults(500)
                .getResultStream().map(JpaEmployeeLookup::option).toList();
    }

    @Override
    public List<Option> matching(String text, int max) {
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE LOWER(e.name) LIKE :text ESCAPE '\\'"
                        + " OR LOWER(e.id) LIKE :text ESCAPE '\\' ORDER BY e.name, e.id", EmployeeEntity.class)
                .setParameter("text", contains(text)).setMaxResults(max).getResultStream()
                .map(JpaEmployeeLookup::option).toList();
    }

    @Override
    public List<Option> ofAreaMatching(String businessAreaCode, String text, int max) {
        return em.createQuery("SELECT e FROM EmployeeEntity e WHERE e.businessArea = :area"
                        + " AND (LOWER(e.name) LIKE :text ESCAPE '\\' OR LOWER(e.id) LIKE :text ESCAPE '\\')"
                        + " ORDER BY e.name, e.id", EmployeeEntity.class)
                .setParameter("area", businessAreaCode).setParameter("text", contains(text)).setMaxResults(max)
                .getResultStream().map(JpaEmployeeLookup::option).toList();
    }

    @Override
    public Optional<String> label(String employeeNumber) {
        return find(employeeNumber).map(e -> option(e).label());
    }

    @Override
    public Optional<String> name(String employeeNumber) {
        return find(employeeNumber).map(e -> e.name);
    }

    private Optional<EmployeeEntity> find(String employeeNumber) {
        return employeeNumber == null || employeeNumber.isBlank() ? Optional.empty()
                : Optional.ofNullable(em.find(EmployeeEntity.class, employeeNumber.strip()));
    }

    private static Option option(EmployeeEntity e) {
        return new Option(e.id(), e.name + " (" + e.id() + ")");
    }

    private static String contains(String text) {
        return "%" + ListQuery.escapeLike(text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
    }
}
