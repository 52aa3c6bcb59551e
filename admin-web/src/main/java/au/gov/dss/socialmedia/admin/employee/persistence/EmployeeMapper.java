package au.gov.dss.socialmedia.admin.employee.persistence;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.WorkEmail;

/** Translates between the domain's {@link Employee} and its row. */
final class EmployeeMapper {

    private EmployeeMapper() {
    }

    static Employee toDomain(EmployeeEntity row, String areaName) {
        return new Employee(EmployeeId.of(row.id()), row.name, WorkEmail.of(row.workEmail),
                new BusinessArea(row.businessArea, areaName), EmploymentType.valueOf(row.employmentType), row.onLeave);
    }

    static void copy(Employee employee, EmployeeEntity row) {
        row.name = employee.name();
        row.workEmail = employee.workEmail().value();
        row.businessArea = employee.businessArea().code();
        row.employmentType = employee.employmentType().name();
        row.onLeave = employee.onLeave();
    }
}
