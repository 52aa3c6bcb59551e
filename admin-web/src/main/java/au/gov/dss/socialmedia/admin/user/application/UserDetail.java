package au.gov.dss.socialmedia.admin.user.application;

import au.gov.dss.socialmedia.admin.platform.listing.SubjectHistory;
import java.io.Serializable;

/**
 * A user's page: the user and what was done to them.
 *
 * @param user the user
 * @param history what happened to the user
 */
public record UserDetail(UserRow user, SubjectHistory history) implements Serializable {
}
