package au.gov.dss.socialmedia.admin.account.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The row of an official account. Mapped to and from the domain's {@code SocialMediaAccount} snapshot by
 * {@link AccountMapper}; the domain never sees this class.
 */
@Entity
@Table(name = "social_media_account")
class AccountEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "platform")
    String platform;

    @Column(name = "other_platform_name")
    String otherPlatformName;

    @Column(name = "handle_or_url")
    String handleOrUrl;

    @Column(name = "purpose")
    String purpose;

    @Column(name = "owning_area")
    String owningArea;

    /** The owning area's name, kept here so that the list can be read in that order from an index (V10). */
    @Column(name = "owning_area_name")
    String owningAreaName;

    @Column(name = "administrator")
    String administrator;

    @Column(name = "initiative")
    String initiative;

    @Column(name = "state")
    String state;

    @Column(name = "proposed_at")
    Instant proposedAt;

    @Column(name = "decommission_reason")
    String decommissionReason;

    @Column(name = "privacy_reviewed_on")
    LocalDate privacyReviewedOn;

    @Column(name = "privacy_reviewer")
    String privacyReviewer;

    @Column(name = "privacy_next_due")
    LocalDate privacyNextDue;

    @Column(name = "privacy_notes")
    String privacyNotes;

    @Column(name = "branding_approved_by")
    String brandingApprovedBy;

    @Column(name = "branding_approved_at")
    Instant brandingApprovedAt;

    @Column(name = "branding_description")
    String brandingDescription;

    @Version
    @Column(name = "version")
    long version;

    /** For JPA. */
    protected AccountEntity() {
    }

    AccountEntity(String id) {
        this.id = id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
