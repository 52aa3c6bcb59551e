package au.gov.dss.socialmedia.planted.post;

import au.gov.dss.socialmedia.planted.account.SocialMediaAccount;

/** Planted violations: holds another aggregate by reference and depends on a framework (JUnit). */
public class OfficialPost {
    /** Holds the account by reference instead of by id. */
    public SocialMediaAccount account;

    /** Uses a framework class. */
    @org.junit.jupiter.api.Test
    public void framework() {
    }
}
