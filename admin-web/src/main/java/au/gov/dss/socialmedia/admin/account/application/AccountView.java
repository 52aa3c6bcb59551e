package au.gov.dss.socialmedia.admin.account.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An account with the names of what it refers to, as the persistence adapter reads it for the account's page.
 *
 * @param id the account's id
 * @param address the platform and handle, as people write it ("X (Twitter) @DSSfamilies")
 * @param handleOrUrl the handle or URL alone
 * @param platform the platform's name
 * @param purpose what it is for
 * @param owningArea the owning business area's name
 * @param administratorNumber the administrator's employee number
 * @param administratorName the administrator's name
 * @param initiativeId the initiative it serves
 * @param initiativeTitle that initiative's title
 * @param state its state
 * @param proposedAt when it was proposed
 * @param decommissionReason why it was decommissioned, or null
 * @param privacyReviewedOn the day of the last privacy review, or null
 * @param privacyReviewer who reviewed it (name), or null
 * @param privacyNextDue when the next review is due, or null
 * @param privacyNotes what the last review found, or null
 * @param brandingDescription the approved branding, or null
 * @param brandingApprovedAt when CMB approved it, or null
 * @param version its version, for detecting concurrent changes
 */
public record AccountView(String id, String address, String handleOrUrl, String platform, String purpose,
                          String owningArea, String administratorNumber, String administratorName,
                          String initiativeId, String initiativeTitle, String state, Instant proposedAt,
                          String decommissionReason, LocalDate privacyReviewedOn, String privacyReviewer,
                          LocalDate privacyNextDue, String privacyNotes, String brandingDescription,
                          Instant brandingApprovedAt, long version) implements Serializable {
}
