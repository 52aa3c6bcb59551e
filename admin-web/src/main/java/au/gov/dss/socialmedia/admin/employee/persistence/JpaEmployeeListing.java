package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeListing;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeRow;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The employee directory, in SQL: the filter is written once ({@link #query}) for the bounded count and the page;
 * the business area's name comes by a join on the page only, so the cost of a page does not grow with the directory.
 */
@ApplicationScoped
class JpaEmployeeListing implements EmployeeListing {

    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "id", "e.id", "workEmail",
            "e.work_email", "businessArea", "area.name", "employmentType", "e.employment_type", "onLeave",
            "e.on_leave");
    private static final String COLUMNS = "e.id, e.name, e.work_email, e.business_area, area.name, e.employment_type,"
            + " e.on_leave";

    private EntityManager em;

    /** For CDI's proxies. */
    protected JpaEmployeeListing() {
    }

    /** A listing over the given entity manager. */
    @Inject
    JpaEmployeeListing(EntityManager em) {
        this.em = em;
    }

    /** The directory's one filter. */
    static ListQuery query(EmployeeFilter filter) {
        return ListQuery.from("employee e")
                .join("JOIN business_area area ON area.code = e.business_area")
                .containing(filter.text(), "e.name", "e.work_email", "e.id")
                .equal("e.business_area", filter.businessArea())
                .equal("e.employment_type", filter.employmentType());
    }

    @Override
    public ListCount count(EmployeeFilter filter) {
        return query(filter).count(em);
    }

    @Override
    public List<EmployeeRow> rows(EmployeeFilter filter, int first, int size) {
        return query(filter).page(em, COLUMNS, SORTABLE, filter.sort(), "name", "e.id", first, size).stream()
                .map(JpaEmployeeListing::row).toList();
    }

    @Override
    public Optional<EmployeeRow> find(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return Optional.empty();
        }
        return em.createNativeQuery("SELECT " + COLUMNS + " FROM employee e JOIN business_area area"
                        + " ON area.code = e.business_area WHERE e.id = ?").setParameter(1, employeeNumber.strip())
                .getResultList().stream().map(row -> row((Object[]) row)).findFirst();
    }

    @Override
    public Optional<String> userOf(String employeeNumber) {
        return em.createNativeQuery("SELECT u.username FROM app_user u WHERE u.employee_id = ?")
                .setParameter(1, employeeNumber).getResultList().stream().map(Columns::text).findFirst();
    }

    private static EmployeeRow row(Object[] row) {
        return new EmployeeRow(Columns.text(row[0]), Columns.text(row[1]), Columns.text(row[2]),
                Columns.text(row[3]), Columns.text(row[4]), Columns.text(row[5]), Columns.bool(row[6]));
    }
}
