package au.gov.dss.socialmedia.admin.application;

import java.util.List;

/** Port: the pick lists the forms offer, read from the database. */
public interface ReferenceData {

    /** Every business area, by name. */
    List<Option> businessAreas();

    /** The employees of the business area, by name. */
    List<Option> employeesOf(String businessAreaCode);

    /** Every initiative that is not closed, with its status, by title. */
    List<Option> openInitiatives();
}
