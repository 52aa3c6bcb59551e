package au.gov.dss.socialmedia.domain.compliance;

/** How much a {@link Finding} matters, from blocking to merely informative. */
public enum Severity {
    /** The content must not go out as it is. */
    BLOCK,
    /** A person should review it before it goes out. */
    WARN,
    /** Guidance only. */
    INFO
}
