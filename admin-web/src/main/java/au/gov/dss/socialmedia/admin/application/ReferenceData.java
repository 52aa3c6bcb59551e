package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import java.util.List;
import java.util.Optional;

/** Port: the pick lists the forms offer, read from the database. */
public interface ReferenceData {

    /** The business area with this code, if it is known. */
    Optional<BusinessArea> businessArea(String code);

    /** Every business area, by name. */
    List<Option> businessAreas();

    /** The employees of the business area, by name. */
    List<Option> employeesOf(String businessAreaCode);

    /** Every initiative that is not closed, with its status, by title. */
    List<Option> openInitiatives();

    /**
     * Employees, of any business area, whose name or employee number contains the text (ignoring case), by name:
     * at most {@code max}, for pick lists that complete what the user types.
     */
    List<Option> employeesMatching(String text, int max);

    /** Employees of the business area whose name or number contains the text (ignoring case), by name: at most max. */
    List<Option> employeesOfMatching(String businessAreaCode, String text, int max);

    /** Official accounts not decommissioned whose handle or URL contains the text (ignoring case): at most max. */
    List<Option> accountsMatching(String text, int max);

    /** How a pick list shows the employee with this number, if there is one. */
    Optional<String> employeeLabel(String employeeNumber);

    /** How a pick list shows the account with this id, if there is one. */
    Optional<String> accountLabel(String accountId);
}
