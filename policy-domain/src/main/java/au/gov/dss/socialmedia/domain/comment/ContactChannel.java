package au.gov.dss.socialmedia.domain.comment;

/** The channels a moderator may direct a member of the public to when switching channel. */
public enum ContactChannel {
    /** Telephone. */
    TELEPHONE,
    /** Email. */
    EMAIL,
    /** Letter. */
    LETTER,
    /** A direct (private) message on the platform. */
    DIRECT_MESSAGE,
    /** Face to face, for example at a service centre. */
    FACE_TO_FACE
}
