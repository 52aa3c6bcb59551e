package au.gov.dss.socialmedia.admin.authorisation.application;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import java.io.Serializable;
import java.util.Set;

/**
 * An authorisation's page: the authorisation, the actions open to the reader now, and its history.
 *
 * @param authorisation the authorisation
 * @param actions the {@code ProtectedAction} names the reader may take on it now
 * @param history what happened to it
 */
public record AuthorisationDetail(AuthorisationView authorisation, Set<String> actions, SubjectHistory history)
        implements Serializable {

    /** Copies the actions. */
    public AuthorisationDetail {
        actions = Set.copyOf(actions);
    }

    /** Whether the reader may take the action now. */
    public boolean may(String action) {
        return actions.contains(action);
    }
}
