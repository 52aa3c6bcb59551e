package au.gov.dss.socialmedia.domain.compliance;

/** Where content is going, which decides how strictly it is screened. */
public enum Channel {
    /** A post drafted for an official account: findings block it. */
    OFFICIAL_POST,
    /** A comment received from the public on an official account: findings guide moderation. */
    PUBLIC_COMMENT,
    /** An employee checking a post of their own before they make it: the engine guides rather than blocks. */
    PERSONAL_POST
}
