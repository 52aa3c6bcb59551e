package au.gov.dss.socialmedia.domain.authorisation;

/** The roles in which CMB authorises employees to use social media officially. */
public enum Role {
    /**
     * Engages online in an official capacity and administers official accounts. CMB staff only.
     */
    COMMUNICATION_ACCOUNT_MANAGER,
    /**
     * An employee of any business area asked to assist CMB, authorised only after recorded training.
     */
    AUTHORISED_CONTRIBUTOR
}
