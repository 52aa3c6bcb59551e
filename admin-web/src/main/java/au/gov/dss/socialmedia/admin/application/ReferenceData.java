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

    /** Every employee, of any business area, by name. */
    List<Option> employees();

    /** Every official account not decommissioned, by handle or URL. */
    List<Option> accounts();
}
