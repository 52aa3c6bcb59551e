package au.gov.dss.socialmedia.domain.authorisation;

/**
 * The roles in which CMB authorises employees to use social media officially. Which employees may hold which role
 * is the {@link RoleEligibility} rule.
 */
public enum Role {
    /**
     * Engages online in an official capacity and administers official accounts. CMB staff only: the authorisation
     * counts only while the holder works in CMB.
     */
    COMMUNICATION_ACCOUNT_MANAGER,
    /**
     * An employee of any business area asked to assist CMB, authorised only after recorded training.
     */
    AUTHORISED_CONTRIBUTOR
}
