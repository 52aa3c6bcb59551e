package au.gov.dss.socialmedia.domain.account;

/** The social media platforms the department uses, as the policy's FAQ lists them. */
public enum PlatformKind {
    /** X, formerly Twitter (micro-blog). */
    X_TWITTER("X (Twitter)"),
    /** Facebook (social networking). */
    FACEBOOK("Facebook"),
    /** Instagram (photo sharing). */
    INSTAGRAM("Instagram"),
    /** LinkedIn (professional networking). */
    LINKEDIN("LinkedIn"),
    /** YouTube (video sharing). */
    YOUTUBE("YouTube"),
    /** Flickr (photo sharing). */
    FLICKR("Flickr"),
    /** A blog, corporate or external. */
    BLOG("Blog"),
    /** A forum or discussion board. */
    FORUM("Forum"),
    /** A wiki or online encyclopaedia. */
    WIKI("Wiki"),
    /** An internal platform such as STAFFnet blogs. */
    INTERNAL_PLATFORM("Internal platform"),
    /** Another platform, named on the account. */
    OTHER("Other");

    private final String label;

    PlatformKind(String label) {
        this.label = label;
    }

    /** The name people know the platform by. */
    public String label() {
        return label;
    }
}
