package au.gov.dss.socialmedia.admin.employee.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of the employee directory. Mapped to and from the domain's {@code Employee} by {@link EmployeeMapper}. */
@Entity
@Table(name = "employee")
class EmployeeEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "name")
    String name;

    @Column(name = "work_email")
    String workEmail;

    @Column(name = "business_area")
    String businessArea;

    @Column(name = "employment_type")
    String employmentType;

    @Column(name = "on_leave")
    boolean onLeave;

    @Version
    @Column(name = "version")
    long version;

    /** For JPA. */
    protected EmployeeEntity() {
    }

    EmployeeEntity(String id) {
        this.id = id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
