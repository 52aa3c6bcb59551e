package au.gov.dss.socialmedia.admin.application;

import java.util.List;

/**
 * Port: the users list, paged, filtered and sorted in the database, and the employee directory searched for the
 * person a new user is (implemented by the persistence adapter).
 */
public interface UserListing {

    /** How many users match the filter, counting no further than {@code atMost}. */
    long count(UserFilter filter, long atMost);

    /** One page of the users matching the filter, in the filter's order. */
    List<UserRow> rows(UserFilter filter, int first, int size);

    /**
     * Employees without a user whose name or number contains the text, by name: at most {@code max} of them, so
     * that a directory of tens of thousands is never read whole.
     */
    List<Option> employeesWithoutUser(String text, int max);
}
