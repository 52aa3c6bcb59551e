package au.gov.dss.socialmedia.admin.authorisation.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The row of an authorisation, with its accounts, activities and status history. Mapped to and from the domain's
 * {@code Authorisation} snapshot by {@link AuthorisationMapper}; the domain never sees this class.
 */
@Entity
@Table(name = "authorisation")
class AuthorisationEntity {

    @Id
    @Column(name = "id")
    String id;

    @Column(name = "holder")
    String holder;

    /** The holder's name, kept here so that the register can be read in that order from an index (V11). */
    @Column(name = "holder_name")
    String holderName;

    @Column(name = "holder_role")
    String role;

    @Column(name = "all_cmb_accounts")
    boolean allCmbAccounts;

    /** The named accounts when not {@link #allCmbAccounts}. */
    @ElementCollection
    @CollectionTable(name = "authorisation_account", joinColumns = @JoinColumn(name = "authorisation_id"))
    @Column(name = "account_id")
    Set<String> accounts = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "authorisation_activity", joinColumns = @JoinColumn(name = "authorisation_id"))
    @Column(name = "activity")
    Set<String> activities = new HashSet<>();

    @Column(name = "valid_from")
    Instant validFrom;

    @Column(name = "valid_until")
    Instant validUntil;

    @Column(name = "training_course")
    String trainingCourse;

    @Column(name = "training_completed_on")
    LocalDate trainingCompletedOn;

    @Column(name = "training_recorded_by")
    String trainingRecordedBy;

    @Column(name = "granted_by")
    String grantedBy;

    @Column(name = "granted_at")
    Instant grantedAt;

    /** The status of the last entry of the history. */
    @Column(name = "status")
    String status;

    /** When the last entry of the history took effect. */
    @Column(name = "status_changed_at")
    Instant statusChangedAt;

    @OneToMany(mappedBy = "authorisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<AuthorisationStatusChangeEntity> history = new ArrayList<>();

    @Version
    @Column(name = "version")
    long version;

    /** For JPA. */
    protected AuthorisationEntity() {
    }

    AuthorisationEntity(String id) {
        this.id = id;
    }

    /** The optimistic-locking version. */
    public long version() {
        return version;
    }
}
