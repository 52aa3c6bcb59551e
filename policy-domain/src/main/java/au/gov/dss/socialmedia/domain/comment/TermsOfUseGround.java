package au.gov.dss.socialmedia.domain.comment;

/**
 * The grounds of the department's Social Media Terms of Use on which a comment may be hidden or removed from an
 * official account.
 */
public enum TermsOfUseGround {
    /** Abusive, obscene, threatening, harassing or hateful content. */
    ABUSIVE_OR_OFFENSIVE,
    /** Discriminatory content (race, sex, disability, religion, sexuality, age and the like). */
    DISCRIMINATORY,
    /** Defamatory content. */
    DEFAMATORY,
    /** Personal information of the commenter or anyone else. */
    PERSONAL_INFORMATION,
    /** Spam, advertising or commercial promotion. */
    SPAM_OR_ADVERTISING,
    /** Off topic, or repeated posting of the same content. */
    OFF_TOPIC_OR_REPEATED,
    /** Impersonating another person or organisation. */
    IMPERSONATION,
    /** Content that breaks a law or encourages others to. */
    UNLAWFUL,
    /** Content that infringes copyright or other intellectual property. */
    INTELLECTUAL_PROPERTY_INFRINGEMENT,
    /** Deliberately false or misleading content. */
    MISLEADING
}
