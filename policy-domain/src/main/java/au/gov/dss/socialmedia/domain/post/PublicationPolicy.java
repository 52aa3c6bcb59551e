package au.gov.dss.socialmedia.domain.post;

import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a post may be written for and published to an account: by someone authorised for that account and
 * activity at that moment, to an ACTIVE account, with the consent of every other business area it speaks for,
 * and with a compliance assessment of exactly this content that has no blocking finding.
 */
public final class PublicationPolicy {

    private PublicationPolicy() {
    }

    /** The activity that posting to the account needs: posting to internal platforms, or publishing. */
    public static Activity activityFor(SocialMediaAccount account) {
        return account.address().platform() == PlatformKind.INTERNAL_PLATFORM
                ? Activity.POST_TO_INTERNAL_PLATFORM : Activity.PUBLISH;
    }

    /** Whether the employee holds authority to post to the account at the instant. */
    public static Decision mayPostTo(SocialMediaAccount account, EmployeeId employee, AuthorityCheck authority,
                                     Instant at) {
        AuthorityAnswer answer = authority.authorityFor(employee, activityFor(account), account.id(), at);
        return answer instanceof AuthorityAnswer.DoesNotHold doesNotHold
                ? new Decision.Refused(doesNotHold.refusal()) : Decision.allowed();
    }

    /** Whether every other business area the content speaks for has consented. */
    public static Decision hasConsents(PostContent content, BusinessArea accountOwner) {
        Set<BusinessArea> missing = content.areasWithoutConsent(accountOwner);
        if (!missing.isEmpty()) {
            return Decision.refused("BUSINESS_AREA_CONSENT_MISSING", PolicyClause.OFFICIAL_COMMENT_NO_OTHER_BUSINESS_AREA,
                    "the post speaks for " + missing.stream().sorted(Comparator.comparing(BusinessArea::code))
                            .map(BusinessArea::name).collect(Collectors.joining(", "))
                            + " without its prior consent and advice");
        }
        return Decision.allowed();
    }

    /** Whether the assessment clears exactly this content for publication. */
    public static Decision isCleared(PostContent content, ComplianceAssessment assessment) {
        if (assessment == null) {
            return Decision.refused("COMPLIANCE_ASSESSMENT_MISSING", PolicyClause.PRINCIPLE_THINK_FIRST,
                    "a post is published only with a compliance assessment of its content");
        }
        if (!assessment.assesses(content.digest())) {
            return Decision.refused("ASSESSMENT_OF_OTHER_CONTENT", PolicyClause.PRINCIPLE_THINK_FIRST,
                    "the compliance assessment was made of other content; screen the post as it is now");
        }
        if (assessment.hasBlockingFinding()) {
            return Decision.refused("BLOCKING_FINDING", assessment.findings().stream()
                            .filter(finding -> finding.isBlocking()).findFirst().orElseThrow().clause(),
                    "the compliance assessment (rule set " + assessment.policyVersion() + ") has "
                            + assessment.findings().stream().filter(finding -> finding.isBlocking()).count()
                            + " blocking finding(s); resolve them and screen the post again");
        }
        return Decision.allowed();
    }

    /**
     * Whether an address recorded for a published post belongs to the account: on the account's platform and, where
     * the platform's addresses name it, under the account's handle or page. No address (to be recorded later) is
     * allowed.
     */
    public static Decision isAddressOf(SocialMediaAccount account, String address) {
        if (address == null || address.isBlank()) {
            return Decision.allowed();
        }
        return account.address().problemWithPostAddress(address.strip())
                .<Decision>map(problem -> Decision.refused("POST_ADDRESS_NOT_OF_ACCOUNT",
                        PolicyClause.PRINCIPLE_IDENTITY,
                        "'" + address.strip() + "' is not a post of " + account.address().label() + ": " + problem))
                .orElse(Decision.allowed());
    }
}
