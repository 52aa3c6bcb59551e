package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import java.util.List;
import java.util.Optional;

/**
 * Port: the users list, paged, filtered and sorted in the database, a user as their page shows them, and the
 * employee directory searched for the person a new user is (implemented by the persistence adapter).
 */
public interface UserListing extends ListSource<UserFilter, UserRow> {

    /** The user with this name, as the list shows them, if there is one. */
    Optional<UserRow> find(String username);

    /**
     * Employees without a user whose name or number contains the text, by name: at most {@code max} of them, so
     * that a directory of tens of thousands is never read whole.
     */
    List<Option> employeesWithoutUser(String text, int max);
}
