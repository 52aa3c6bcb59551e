package au.gov.dss.socialmedia.admin.user.application;

import java.io.Serializable;

/**
 * A one-time password issued to a new or reset user: shown once to the administrator, never stored in clear or
 * audited, and to be changed at the user's first login.
 *
 * @param username whose password it is
 * @param password the password
 */
public record OneTimePassword(String username, String password) implements Serializable {

    @Override
    public String toString() {
        return "OneTimePassword[username=" + username + ", password=(hidden)]";
    }
}
