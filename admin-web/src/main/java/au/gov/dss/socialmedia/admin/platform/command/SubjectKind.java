package au.gov.dss.socialmedia.admin.platform.command;

/** The kinds of thing the app's commands act on; each has a page of its own that shows its history. */
public enum SubjectKind {
    /** An official social media account. */
    ACCOUNT,
    /** An authorisation to use social media officially. */
    AUTHORISATION,
    /** A social media initiative. */
    INITIATIVE,
    /** An employee of the directory. */
    EMPLOYEE,
    /** A user of the app. */
    USER,
    /** A record captured for the recordkeeping system. */
    RECORD,
    /** An official post. */
    POST,
    /** A comment of the public. */
    COMMENT,
    /** A conduct matter. */
    CONDUCT_MATTER,
    /** The employee directory as a whole (an import). */
    DIRECTORY,
    /** Nothing in particular. */
    NONE
}
