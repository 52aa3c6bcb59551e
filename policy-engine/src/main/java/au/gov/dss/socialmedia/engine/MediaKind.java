package au.gov.dss.socialmedia.engine;

/** What kind of media a post carries. */
public enum MediaKind {
    /** A picture: needs alternative text. */
    IMAGE,
    /** A video: needs captions. */
    VIDEO,
    /** A sound recording: needs captions or a transcript. */
    AUDIO
}
