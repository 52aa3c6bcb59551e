package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.Instant;
import java.util.Objects;

/**
 * The complete state of a {@link SocialMediaAccount}, for persistence adapters and for comparing an account
 * before and after a command. {@link SocialMediaAccount#restore(AccountSnapshot)} rebuilds the account from it.
 *
 * @param id the account's id
 * @param address platform and handle or URL
 * @param purpose what the account is for
 * @param owningArea the business area whose work it serves
 * @param administrator the administering Communication Account Manager
 * @param initiative the initiative it serves
 * @param state the lifecycle state
 * @param proposedAt when it was proposed
 * @param decommissionReason why it was decommissioned: present exactly when the state is DECOMMISSIONED
 * @param privacyReview the last privacy review, or null
 * @param brandingApproval CMB's branding approval, or null
 */
public record AccountSnapshot(AccountId id, AccountAddress address, String purpose, BusinessArea owningArea,
                              EmployeeId administrator, InitiativeId initiative, AccountState state,
                              Instant proposedAt, String decommissionReason, PrivacyReview privacyReview,
                              BrandingApproval brandingApproval) {

    /** Refuses missing parts and a decommission reason that does not match the state. */
    public AccountSnapshot {
        Objects.requireNonNull(id, "account id must not be null");
        Objects.requireNonNull(address, "account address must not be null");
        purpose = Text.required("account purpose", purpose, 1000);
        Objects.requireNonNull(owningArea, "owning business area must not be null");
        Objects.requireNonNull(administrator, "administrator must not be null");
        Objects.requireNonNull(initiative, "initiative must not be null");
        Objects.requireNonNull(state, "account state must not be null");
        Objects.requireNonNull(proposedAt, "proposal time must not be null");
        if ((state == AccountState.DECOMMISSIONED) != (decommissionReason != null)) {
            throw new IllegalArgumentException("a decommission reason is recorded exactly when the account is"
                    + " DECOMMISSIONED (state " + state + ")");
        }
        if (decommissionReason != null) {
            decommissionReason = Text.required("decommission reason", decommissionReason, 2000);
        }
    }
}
