package au.gov.dss.socialmedia.domain.conduct;

/** What kind of evidence supports a reported behaviour. */
public enum EvidenceKind {
    /** An official post recorded by the system, identified by its post id. */
    RECORDED_POST,
    /** A document, such as an email or a file note. */
    DOCUMENT,
    /** A screenshot, for example of a post made from a personal account. */
    SCREENSHOT,
    /** A statement by a witness. */
    WITNESS_STATEMENT
}
