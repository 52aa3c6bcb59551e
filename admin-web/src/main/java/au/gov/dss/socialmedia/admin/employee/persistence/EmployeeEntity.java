package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.VersionedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of the employee directory. Mapped to and from the domain's {@code Employee} by {@link EmployeeMapper}. */
@Entity
@Table(name = "employee")
class EmployeeEntity extends VersionedRow {

    String name;

    String workEmail;

    String businessArea;

    String employmentType;

    boolean onLeave;

    /** For JPA. */
    protected EmployeeEntity() {
    }

    EmployeeEntity(String id) {
        super(id);
    }

}
