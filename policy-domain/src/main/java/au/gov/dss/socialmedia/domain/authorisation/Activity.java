package au.gov.dss.socialmedia.domain.authorisation;

/** What an authorisation allows an employee to do on the accounts in its scope. */
public enum Activity {
    /** Publish official posts. */
    PUBLISH,
    /** Respond to the public from an official account. */
    RESPOND,
    /** Moderate public comments (reply, switch channel, hide, remove). */
    MODERATE,
    /** Represent the department on a third-party site (external blog, news comment, forum). */
    REPRESENT_ON_THIRD_PARTY_SITE,
    /** Post to internal platforms such as STAFFnet blogs. */
    POST_TO_INTERNAL_PLATFORM
}
