package au.gov.dss.socialmedia.domain.common;

/**
 * Identifies an employee by the department's employee number (for example {@code E104233}).
 *
 * @param value 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit
 */
public record EmployeeId(String value) {

    /** Refuses a value that is not an employee number. */
    public EmployeeId {
        Identifiers.requireTextId("EmployeeId", value);
    }

    /** The identifier for the given employee number. */
    public static EmployeeId of(String value) {
        return new EmployeeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
