package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeListing;
import jakarta.persistence.EntityManager;

/** The feature's package-private adapters, for tests that wire the application by hand (the matrix). */
public final class EmployeeAdapters {

    private EmployeeAdapters() {
    }

    /** The listing over the entity manager. */
    public static EmployeeListing listing(EntityManager em) {
        return new JpaEmployeeListing(em);
    }
}
