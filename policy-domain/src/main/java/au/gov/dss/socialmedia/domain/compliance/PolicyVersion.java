package au.gov.dss.socialmedia.domain.compliance;

import au.gov.dss.socialmedia.domain.common.Text;

/**
 * The version of the rule set a screen used, for example {@code 2026.11-1}, so that a finding can be reproduced
 * years later.
 *
 * @param value the version as the rule set names it, 1 to 100 characters
 */
public record PolicyVersion(String value) {

    /** Refuses a blank version. */
    public PolicyVersion {
        value = Text.required("policy version", value, 100);
    }

    @Override
    public String toString() {
        return value;
    }
}
