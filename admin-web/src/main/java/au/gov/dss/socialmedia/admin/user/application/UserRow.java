package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.platform.listing.Keyed;
import java.io.Serializable;
import java.util.List;

/**
 * A user as the users list shows it.
 *
 * @param username the user name
 * @param employeeId the employee number of the person
 * @param employeeName the employee's name
 * @param businessArea the employee's business area (name)
 * @param roles the roles held (names such as {@code CMB_ADMINISTRATOR}), in a stable order
 * @param enabled whether the user may log in
 * @param mustChangePassword whether the user must change the password at the next login
 * @param version the version shown, for detecting concurrent changes
 */
public record UserRow(String username, String employeeId, String employeeName, String businessArea,
                      List<String> roles, boolean enabled, boolean mustChangePassword, long version)
        implements Serializable, Keyed {

    /** A row; the roles are copied. */
    public UserRow {
        roles = List.copyOf(roles);
    }

    /** The user's key: their user name. */
    @Override
    public String id() {
        return username;
    }
}
