/**
 * The Social Media Policy as a domain model: pure Java, {@code java.base} only. Each exported package is one
 * aggregate with its value objects, events, exceptions and repository port.
 */
module au.gov.dss.socialmedia.domain {
    exports au.gov.dss.socialmedia.domain.common;
    exports au.gov.dss.socialmedia.domain.compliance;
    exports au.gov.dss.socialmedia.domain.account;
    exports au.gov.dss.socialmedia.domain.authorisation;
    exports au.gov.dss.socialmedia.domain.initiative;
    exports au.gov.dss.socialmedia.domain.post;
    exports au.gov.dss.socialmedia.domain.comment;
    exports au.gov.dss.socialmedia.domain.conduct;
}
