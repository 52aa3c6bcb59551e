package au.gov.dss.socialmedia.admin.employee.application;

import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import java.util.List;
import java.util.Optional;

/**
 * Port: employees and business areas as the forms of every feature find them (pick lists that complete what the user
 * types, and how a chosen one is shown), read from the directory.
 */
public interface EmployeeLookup {

    /** How many choices a pick list offers for what the user has typed. */
    int CHOICES = 15;

    /** The business area with this code, if it is known. */
    Optional<BusinessArea> businessArea(String code);

    /** Every business area, by name (value: code, label: name). */
    List<Option> businessAreas();

    /** The employees of the business area, by name: at most 500 (value: number, label: name and number). */
    List<Option> ofArea(String businessAreaCode);

    /** Employees of any area whose name or number contains the text (ignoring case), by name: at most max. */
    List<Option> matching(String text, int max);

    /** Employees of the business area whose name or number contains the text (ignoring case): at most max. */
    List<Option> ofAreaMatching(String businessAreaCode, String text, int max);

    /** How a pick list shows the employee with this number ("Alex Nguyen (C1001)"), if there is one. */
    Optional<String> label(String employeeNumber);

    /** The employee's name, if there is one with this number. */
    Optional<String> name(String employeeNumber);
}
