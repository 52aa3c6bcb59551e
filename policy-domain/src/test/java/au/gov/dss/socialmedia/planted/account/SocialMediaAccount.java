package au.gov.dss.socialmedia.planted.account;

import au.gov.dss.socialmedia.planted.post.OfficialPost;
import java.util.List;

/** Planted violation: holds another aggregate in a type argument, and closes a package cycle. */
public class SocialMediaAccount {
    /** Holds posts by reference instead of by id. */
    public List<OfficialPost> followers;
}
