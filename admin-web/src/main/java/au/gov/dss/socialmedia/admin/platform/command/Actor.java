package au.gov.dss.socialmedia.admin.platform.command;

import au.gov.dss.socialmedia.admin.security.AppRole;
import java.io.Serializable;
import java.util.Set;

/**
 * Who runs a command, captured while their request is in hand so that work finished on another thread is checked
 * and audited as theirs.
 *
 * @param username the logged-in user's name ("anonymous" when nobody is logged in)
 * @param name the person's name, as the audit trail shows it
 * @param roles the roles they hold
 */
public record Actor(String username, String name, Set<AppRole> roles) implements Serializable {

    /** The app itself, for the work it does at a time it decides; it holds no role. */
    public static final Actor APP = new Actor("app", "The app, on schedule", Set.of());

    /** Copies the roles. */
    public Actor {
        roles = Set.copyOf(roles);
        name = name == null || name.isBlank() ? username : name;
    }

    /** Whether the actor holds one of the roles that may take the action. */
    public boolean may(ProtectedAction action) {
        return action.roles().stream().anyMatch(roles::contains);
    }
}
