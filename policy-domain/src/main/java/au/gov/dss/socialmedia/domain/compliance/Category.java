package au.gov.dss.socialmedia.domain.compliance;

/** What kind of breach a {@link Finding} reports. The names are a published contract: never rename one. */
public enum Category {
    /** Personal details of a person (tax file number, Medicare number, phone, email, address and the like). */
    PERSONAL_DETAILS,
    /** A protective marking or caveat of the Protective Security Policy Framework. */
    SECURITY_MARKING,
    /** Obscene, abusive, threatening, harassing, discriminatory or hateful content. */
    OFFENSIVE,
    /** Endorsing or judging specific providers, products or services. */
    ENDORSEMENT,
    /** Advocating or criticising the policies of the government or political parties. */
    POLITICAL,
    /** A promise or guarantee made on the department's behalf. */
    COMMITMENT,
    /** An expression of personal opinion in an official capacity. */
    PERSONAL_OPINION,
    /** Speaking for another business area without its consent. */
    OTHER_BUSINESS_AREA,
    /** A statistic or factual claim without a source. */
    UNCITED_CLAIM,
    /** An image without alt text, a video without captions. */
    ACCESSIBILITY,
    /** Media whose rights are not cleared, or departmental branding without CMB approval. */
    INTELLECTUAL_PROPERTY,
    /** The author does not hold authority for the account and activity. */
    AUTHORITY,
    /** The account is not in a state that allows publishing. */
    ACCOUNT_STATE,
    /** The initiative the account serves is not approved. */
    INITIATIVE_APPROVAL
}
