package au.gov.dss.socialmedia.domain.post;

/** The kinds of media an official post may carry. */
public enum MediaKind {
    /** A still image: needs alt text. */
    IMAGE,
    /** A video: needs captions. */
    VIDEO,
    /** An audio clip: needs a transcript or captions. */
    AUDIO
}
