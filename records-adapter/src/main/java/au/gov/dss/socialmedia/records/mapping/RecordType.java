package au.gov.dss.socialmedia.records.mapping;

/**
 * The kinds of record this module captures. The {@link #code()} is stable: it is stored in the outbox, names the
 * disposal configuration ({@code records.disposal.<code>.class}) and appears in the record's metadata.
 */
public enum RecordType {
    /** An official post was published: its final text, media descriptions, approval and compliance assessment. */
    POST_PUBLISHED("post-published", "Official post published"),
    /** A reviewer's decision on a post (approved or rejected), with the reviewer's note or reasons. */
    POST_REVIEWED("post-reviewed", "Official post reviewed"),
    /** A post was withdrawn or taken down after publication. */
    POST_WITHDRAWN("post-withdrawn", "Official post withdrawn"),
    /** A moderator's decision on a public comment, with the switch-channel reply when there is one. */
    COMMENT_MODERATED("comment-moderated", "Public comment moderated"),
    /** An initiative's business case and risk management plan as submitted to CMB. */
    INITIATIVE_SUBMITTED("initiative-submitted", "Social media initiative submitted"),
    /** CMB's decision on an initiative, with the business case and risk plan as decided. */
    INITIATIVE_DECIDED("initiative-decided", "Social media initiative decided"),
    /** An approved initiative started. */
    INITIATIVE_ACTIVATED("initiative-activated", "Social media initiative activated"),
    /** An initiative was closed. */
    INITIATIVE_CLOSED("initiative-closed", "Social media initiative closed"),
    /** An authorisation to use social media officially was granted. */
    AUTHORISATION_GRANTED("authorisation-granted", "Authorisation granted"),
    /** An authorisation was suspended. */
    AUTHORISATION_SUSPENDED("authorisation-suspended", "Authorisation suspended"),
    /** A suspended authorisation was reinstated. */
    AUTHORISATION_REINSTATED("authorisation-reinstated", "Authorisation reinstated"),
    /** An authorisation was renewed. */
    AUTHORISATION_RENEWED("authorisation-renewed", "Authorisation renewed"),
    /** An authorisation was revoked. */
    AUTHORISATION_REVOKED("authorisation-revoked", "Authorisation revoked"),
    /** An authorisation expired. */
    AUTHORISATION_EXPIRED("authorisation-expired", "Authorisation expired"),
    /** An official account went live. */
    ACCOUNT_ACTIVATED("account-activated", "Official account activated"),
    /** An official account was suspended. */
    ACCOUNT_SUSPENDED("account-suspended", "Official account suspended"),
    /** A suspended official account was reinstated. */
    ACCOUNT_REINSTATED("account-reinstated", "Official account reinstated"),
    /** An official account was decommissioned. */
    ACCOUNT_DECOMMISSIONED("account-decommissioned", "Official account decommissioned"),
    /** Another Communication Account Manager took over an account. */
    ACCOUNT_ADMINISTRATOR_CHANGED("account-administrator-changed", "Account administrator changed"),
    /** An account's purpose was revised. */
    ACCOUNT_PURPOSE_REVISED("account-purpose-revised", "Account purpose revised"),
    /** CMB approved an account's branding and logos. */
    ACCOUNT_BRANDING_APPROVED("account-branding-approved", "Account branding approved"),
    /** A review of an account's privacy settings. */
    PRIVACY_REVIEW("privacy-review", "Account privacy settings reviewed"),
    /** A decision or step of a conduct matter: OFFICIAL: Sensitive, Personal privacy. */
    CONDUCT_MATTER_DECISION("conduct-matter-decision", "Conduct matter decision");

    private final String code;
    private final String label;

    RecordType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The stable code, for example {@code post-published}. */
    public String code() {
        return code;
    }

    /** The type as a records officer reads it. */
    public String label() {
        return label;
    }

    /** The type with this code. */
    public static RecordType byCode(String code) {
        for (RecordType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown record type '" + code + "'");
    }
}
