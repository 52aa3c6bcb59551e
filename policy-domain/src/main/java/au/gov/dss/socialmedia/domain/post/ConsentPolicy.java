package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;

/**
 * Who may answer for a business area when a post speaks for it (the policy: never speak for another business area
 * without its consent and advice): an employee of that area, who neither wrote nor edited the post, while the post
 * is a draft that speaks for the area and has neither its consent nor its refusal.
 */
public final class ConsentPolicy {

    private ConsentPolicy() {
    }

    /** Whether the employee may give or refuse the area's consent to the post now. */
    public static Decision mayAnswer(OfficialPost post, SocialMediaAccount account, Employee employee,
                                     BusinessArea area) {
        if (!post.content().areasWithoutConsent(account.owningArea()).contains(area)) {
            return Decision.refused("CONSENT_NOT_ASKED", PolicyClause.OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA,
                    "the post does not wait for the consent of " + area.name());
        }
        if (post.consentRefusals().stream().anyMatch(refusal -> refusal.area().equals(area))) {
            return Decision.refused("CONSENT_ALREADY_REFUSED", PolicyClause.OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA,
                    area.name() + " has refused its consent; the post must change before it is asked again");
        }
        if (!employee.businessArea().equals(area)) {
            return Decision.refused("NOT_OF_THE_AREA", PolicyClause.OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA,
                    employee.name() + " works in " + employee.businessArea().name() + ", not " + area.name()
                            + ", and cannot answer for it");
        }
        if (post.contributors().contains(employee.id())) {
            return Decision.refused("NO_SELF_CONSENT", PolicyClause.OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA,
                    employee.name() + " wrote or edited the post and cannot consent to it for their area");
        }
        return Decision.allowed();
    }
}
