package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.time.Instant;

/** What happened to an official account. Each event names the account and the employee who acted. */
public sealed interface AccountEvent extends DomainEvent {

    /** The account it happened to. */
    AccountId accountId();

    /** The account's platform and handle, as it was when this happened. */
    AccountAddress address();

    /**
     * An account was proposed.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who proposed it
     * @param accountId the new account
     * @param address platform and handle or URL
     * @param purpose what the account is for
     * @param owningArea the business area that owns it (by code)
     * @param administrator the proposed administering Communication Account Manager
     * @param initiative the initiative it serves
     */
    record AccountProposed(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                           AccountAddress address, String purpose, String owningArea, EmployeeId administrator,
                           InitiativeId initiative) implements AccountEvent {
    }

    /**
     * An account went live.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who activated it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param initiative the approved initiative it serves
     * @param administrator its administrator, a current Communication Account Manager
     */
    record AccountActivated(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                            AccountAddress address, InitiativeId initiative, EmployeeId administrator)
            implements AccountEvent {
    }

    /**
     * An active account was suspended.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who suspended it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param reason why
     */
    record AccountSuspended(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                            AccountAddress address, String reason) implements AccountEvent {
    }

    /**
     * A suspended account was made active again.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who reinstated it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param reason why it was made live again
     */
    record AccountReinstated(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                             AccountAddress address, String reason) implements AccountEvent {
    }

    /**
     * An account was closed for good; its records stay.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who decommissioned it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param previousState the state it left
     * @param reason why
     */
    record AccountDecommissioned(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                                 AccountAddress address, AccountState previousState, String reason)
            implements AccountEvent {
    }

    /**
     * Another Communication Account Manager took over the account's administration.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who made the change
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param previousAdministrator who administered it before
     * @param newAdministrator who administers it now
     */
    record AdministratorChanged(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                                AccountAddress address, EmployeeId previousAdministrator,
                                EmployeeId newAdministrator) implements AccountEvent {
    }

    /**
     * The account's purpose was revised.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who revised it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param purpose the new purpose
     */
    record PurposeRevised(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                          AccountAddress address, String purpose) implements AccountEvent {
    }

    /**
     * A privacy-settings review was recorded.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who recorded it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param review the review
     */
    record PrivacyReviewRecorded(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                                 AccountAddress address, PrivacyReview review) implements AccountEvent {
    }

    /**
     * CMB approved the account's branding and logos.
     *
     * @param eventId the event's id
     * @param occurredAt when
     * @param actor who approved it
     * @param accountId the account
     * @param address the account's platform and handle or URL
     * @param approval what was approved
     */
    record BrandingApproved(EventId eventId, Instant occurredAt, EmployeeId actor, AccountId accountId,
                            AccountAddress address, BrandingApproval approval) implements AccountEvent {
    }
}
