package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountSnapshot;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.BrandingApproval;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.PrivacyReview;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.util.function.Function;

/** Translates between an account's snapshot and its row. */
final class AccountMapper {

    private AccountMapper() {
    }

    static SocialMediaAccount toDomain(AccountEntity row, Function<String, BusinessArea> areas) {
        PrivacyReview review = row.privacyReviewedOn == null ? null : new PrivacyReview(row.privacyReviewedOn,
                EmployeeId.of(row.privacyReviewer), row.privacyNextDue, row.privacyNotes);
        BrandingApproval branding = row.brandingApprovedBy == null ? null : new BrandingApproval(
                EmployeeId.of(row.brandingApprovedBy), row.brandingApprovedAt, row.brandingDescription);
        return SocialMediaAccount.restore(new AccountSnapshot(AccountId.of(row.id()),
                new AccountAddress(PlatformKind.valueOf(row.platform), row.otherPlatformName, row.handleOrUrl),
                row.purpose, areas.apply(row.owningArea), EmployeeId.of(row.administrator),
                InitiativeId.of(row.initiative), AccountState.valueOf(row.state), row.proposedAt,
                row.decommissionReason, review, branding));
    }

    static void copy(SocialMediaAccount account, AccountEntity row) {
        AccountSnapshot s = account.snapshot();
        row.platform = s.address().platform().name();
        row.otherPlatformName = s.address().otherPlatformName();
        row.handleOrUrl = s.address().handleOrUrl();
        row.purpose = s.purpose();
        row.owningArea = s.owningArea().code();
        row.owningAreaName = s.owningArea().name();
        row.administrator = s.administrator().value();
        row.initiative = s.initiative().toString();
        row.state = s.state().name();
        row.proposedAt = s.proposedAt();
        row.decommissionReason = s.decommissionReason();
        PrivacyReview review = s.privacyReview();
        row.privacyReviewedOn = review == null ? null : review.reviewedOn();
        row.privacyReviewer = review == null ? null : review.reviewer().value();
        row.privacyNextDue = review == null ? null : review.nextDue();
        row.privacyNotes = review == null ? null : review.notes();
        BrandingApproval branding = s.brandingApproval();
        row.brandingApprovedBy = branding == null ? null : branding.approvedBy().value();
        row.brandingApprovedAt = branding == null ? null : branding.approvedAt();
        row.brandingDescription = branding == null ? null : branding.description();
    }
}
