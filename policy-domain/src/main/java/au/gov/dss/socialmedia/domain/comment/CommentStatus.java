package au.gov.dss.socialmedia.domain.comment;

/** {@code RECEIVED -> MODERATED}: a comment is moderated once; the decision is kept with it. */
public enum CommentStatus {
    /** Received from the platform, awaiting a moderator. */
    RECEIVED,
    /** A moderator has decided what to do with it. */
    MODERATED
}
