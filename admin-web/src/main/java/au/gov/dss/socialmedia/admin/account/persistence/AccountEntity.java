package au.gov.dss.socialmedia.admin.account.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.VersionedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The row of an official account. Mapped to and from the domain's {@code SocialMediaAccount} snapshot by
 * {@link AccountMapper}; the domain never sees this class.
 */
@Entity
@Table(name = "social_media_account")
class AccountEntity extends VersionedRow {

    String platform;

    String otherPlatformName;

    String handleOrUrl;

    String purpose;

    String owningArea;

    /** The owning area's name, kept here so that the list can be read in that order from an index (V10). */
    String owningAreaName;

    String administrator;

    String initiative;

    String state;

    Instant proposedAt;

    String decommissionReason;

    LocalDate privacyReviewedOn;

    String privacyReviewer;

    LocalDate privacyNextDue;

    String privacyNotes;

    String brandingApprovedBy;

    Instant brandingApprovedAt;

    String brandingDescription;

    /** For JPA. */
    protected AccountEntity() {
    }

    AccountEntity(String id) {
        super(id);
    }

}
