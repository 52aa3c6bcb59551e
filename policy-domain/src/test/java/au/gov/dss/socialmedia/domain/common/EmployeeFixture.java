package au.gov.dss.socialmedia.domain.common;

/** Employees that tests across the domain share, one per typical part in the policy. */
public final class EmployeeFixture {

    /** A business area other than CMB. */
    public static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");

    private EmployeeFixture() {
    }

    /** A CMB employee, typically a Communication Account Manager. */
    public static Employee cmbOfficer(String number) {
        return employee(number, "Casey Manager " + number, BusinessArea.CMB);
    }

    /** An employee of the Families Group. */
    public static Employee familiesOfficer(String number) {
        return employee(number, "Frankie Officer " + number, FAMILIES);
    }

    /** An officer of the Workplace Relations and Conduct Section. */
    public static Employee conductOfficer(String number) {
        return employee(number, "Wren Conduct " + number, BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT);
    }

    /** An ongoing employee of the given business area. */
    public static Employee employee(String number, String name, BusinessArea area) {
        return new Employee(EmployeeId.of(number), name, WorkEmail.of(number.toLowerCase() + "@dss.gov.au"), area,
                EmploymentType.ONGOING, false);
    }
}
