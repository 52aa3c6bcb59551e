package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.security.AppRole;
import java.util.Set;

/**
 * Who runs a command, captured while their request is in hand so that work finished on another thread is checked
 * and audited as theirs.
 *
 * @param username the logged-in user's name ("anonymous" when nobody is logged in)
 * @param roles the roles they hold
 */
public record Actor(String username, Set<AppRole> roles) {

    /** Copies the roles. */
    public Actor {
        roles = Set.copyOf(roles);
    }
}
