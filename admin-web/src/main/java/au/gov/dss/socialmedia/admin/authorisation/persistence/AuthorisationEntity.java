package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.VersionedRow;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
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
class AuthorisationEntity extends VersionedRow {

    String holder;

    /** The holder's name, kept here so that the register can be read in that order from an index (V11). */
    String holderName;

    @Column(name = "holder_role")
    String role;

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

    Instant validFrom;

    Instant validUntil;

    String trainingCourse;

    LocalDate trainingCompletedOn;

    String trainingRecordedBy;

    String grantedBy;

    Instant grantedAt;

    /** The status of the last entry of the history. */
    String status;

    /** When the last entry of the history took effect. */
    Instant statusChangedAt;

    @OneToMany(mappedBy = "authorisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("listIndex")
    List<AuthorisationStatusChangeEntity> history = new ArrayList<>();

    /** For JPA. */
    protected AuthorisationEntity() {
    }

    AuthorisationEntity(String id) {
        super(id);
    }

}
