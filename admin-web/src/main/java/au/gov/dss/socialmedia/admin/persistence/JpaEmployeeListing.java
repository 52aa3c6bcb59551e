package au.gov.dss.socialmedia.admin.persistence;

import au.gov.dss.socialmedia.admin.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.application.EmployeeListing;
import au.gov.dss.socialmedia.admin.application.EmployeeRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The employee directory, paged, filtered and sorted in the database: one query for the page (joined to the
 * business area's name) and one for the count, so the cost of a page does not grow with the directory.
 */
@ApplicationScoped
public class JpaEmployeeListing implements EmployeeListing {

    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "id", "e.id",
            "workEmail", "e.workEmail", "businessArea", "area.name", "employmentType", "e.employmentType",
            "onLeave", "e.onLeave");

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaEmployeeListing() {
    }

    /** A listing over the given entity manager. */
    @Inject
    public JpaEmployeeListing(EntityManager em) {
        this.em = em;
    }

    @Override
    public long count(EmployeeFilter filter) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from(filter), Long.class);
        bind(count, filter);
        return count.getSingleResult();
    }

    @Override
    public List<EmployeeRow> rows(EmployeeFilter filter, int first, int size) {
        String order = " ORDER BY " + SORTABLE.getOrDefault(String.valueOf(filter.sortField()), "e.name")
                + (filter.ascending() ? " ASC" : " DESC") + ", e.id";
        TypedQuery<Object[]> rows = em.createQuery("SELECT e, area.name" + from(filter) + order, Object[].class);
        bind(rows, filter);
        return rows.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(JpaEmployeeListing::toRow).toList();
    }

    private static String from(EmployeeFilter filter) {
        return " FROM EmployeeEntity e, BusinessAreaEntity area WHERE area.code = e.businessArea"
                + (blank(filter.text()) ? "" : " AND (LOWER(e.name) LIKE :text OR e.workEmail LIKE :text"
                + " OR LOWER(e.id) LIKE :text)")
                + (blank(filter.businessArea()) ? "" : " AND e.businessArea = :area")
                + (blank(filter.employmentType()) ? "" : " AND e.employmentType = :type");
    }

    private static void bind(TypedQuery<?> query, EmployeeFilter filter) {
        if (!blank(filter.text())) {
            query.setParameter("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (!blank(filter.businessArea())) {
            query.setParameter("area", filter.businessArea());
        }
        if (!blank(filter.employmentType())) {
            query.setParameter("type", filter.employmentType());
        }
    }

    private static EmployeeRow toRow(Object[] row) {
        EmployeeEntity e = (EmployeeEntity) row[0];
        return new EmployeeRow(e.id, e.name, e.workEmail, e.businessArea, (String) row[1], e.employmentType,
                e.onLeave);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
