package au.gov.dss.socialmedia.admin.employee.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A business area of the department, by code. */
@Entity
@Table(name = "business_area")
class BusinessAreaEntity {

    @Id
    String code;

    String name;

    /** For JPA. */
    protected BusinessAreaEntity() {
    }

    BusinessAreaEntity(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
