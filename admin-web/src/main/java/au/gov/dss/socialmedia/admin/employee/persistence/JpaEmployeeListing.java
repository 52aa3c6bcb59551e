package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeListing;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeRow;
import au.gov.dss.socialmedia.admin.platform.listing.Sort;
import au.gov.dss.socialmedia.admin.platform.persistence.Columns;
import au.gov.dss.socialmedia.admin.platform.persistence.ListQuery;
import au.gov.dss.socialmedia.admin.platform.persistence.SqlListing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The employee directory, in SQL: the filter is written once ({@link #query}) for the bounded count and the page;
 * the business area's name comes by a join on the page only, so the cost of a page does not grow with the directory.
 */
@Dependent
class JpaEmployeeListing extends SqlListing<EmployeeFilter, EmployeeRow> implements EmployeeListing {

    private static final Map<String, String> SORTABLE = Map.of("name", "e.name", "id", "e.id", "workEmail",
            "e.work_email", "businessArea", "area.name", "employmentType", "e.employment_type", "onLeave",
            "e.on_leave");
    private static final String COLUMNS = "e.id, e.name, e.work_email, e.business_area, area.name, e.employment_type,"
            + " e.on_leave";


    /** A listing over the given entity manager. */
    @Inject
    JpaEmployeeListing(EntityManager em) {
        super(em, COLUMNS, SORTABLE, Sort.by("name"), "e.id");
    }

    /** The directory's one filter. */
    @Override
    protected ListQuery query(EmployeeFilter filter) {
        return ListQuery.from("employee e")
                .join("JOIN business_area area ON area.code = e.business_area")
                .containing(filter.text(), "e.name", "e.work_email", "e.id")
                .equal("e.business_area", filter.businessArea())
                .equal("e.employment_type", filter.employmentType());
    }


    @Override
    protected List<EmployeeRow> read(List<Object[]> page) {
        return page.stream().map(JpaEmployeeListing::row).toList();
    }

    @Override
    public Optional<EmployeeRow> find(String employeeNumber) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return Optional.empty();
        }
        return em().createNativeQuery("SELECT " + COLUMNS + " FROM employee e JOIN business_area area"
                        + " ON area.code = e.business_area WHERE e.id = ?").setParameter(1, employeeNumber.strip())
                .getResultList().stream().map(row -> row((Object[]) row)).findFirst();
    }

    @Override
    public Optional<String> userOf(String employeeNumber) {
        return em().createNativeQuery("SELECT u.username FROM app_user u WHERE u.employee_id = ?")
                .setParameter(1, employeeNumber).getResultList().stream().map(Columns::text).findFirst();
    }

    private static EmployeeRow row(Object[] row) {
        return new EmployeeRow(Columns.text(row[0]), Columns.text(row[1]), Columns.text(row[2]),
                Columns.text(row[3]), Columns.text(row[4]), Columns.text(row[5]), Columns.bool(row[6]));
    }
}
