package au.gov.dss.socialmedia.domain.common;

import java.util.Objects;

/**
 * A person the policy applies to: every employee, including secondees, non-ongoing employees, contractors and
 * those on leave. Other aggregates refer to an employee by {@link EmployeeId} only; this value is what the
 * department's directory says about them now.
 *
 * @param id the employee number
 * @param name the full name, 1 to 200 characters
 * @param workEmail the departmental email address
 * @param businessArea the business area the employee works in
 * @param employmentType how the employee works for the department
 * @param onLeave whether the employee is on leave (the policy still applies)
 */
public record Employee(EmployeeId id, String name, WorkEmail workEmail, BusinessArea businessArea,
                       EmploymentType employmentType, boolean onLeave) {

    /** Refuses missing parts and a blank name. */
    public Employee {
        Objects.requireNonNull(id, "employee id must not be null");
        name = Text.required("employee name", name, 200);
        Objects.requireNonNull(workEmail, "work email must not be null");
        Objects.requireNonNull(businessArea, "business area must not be null");
        Objects.requireNonNull(employmentType, "employment type must not be null");
    }

    /** Whether the employee works in the Communication and Media Branch. */
    public boolean worksInCmb() {
        return businessArea.isCmb();
    }

    /** The same employee, moved to another business area. */
    public Employee movedTo(BusinessArea area) {
        return new Employee(id, name, workEmail, area, employmentType, onLeave);
    }

    /** The same employee, on leave or back from it. */
    public Employee withLeave(boolean leave) {
        return new Employee(id, name, workEmail, businessArea, employmentType, leave);
    }
}
