package au.gov.dss.socialmedia.admin.authorisation.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of an authorisation's status history, at its position in the list. The mapper keeps each row at its
 * position and only appends or updates rows, so that (authorisation, position) stays unique at every flush.
 */
@Entity
@Table(name = "authorisation_status_change")
class AuthorisationStatusChangeEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "authorisation_id")
    AuthorisationEntity authorisation;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "status")
    String status;

    @Column(name = "changed_at")
    Instant changedAt;

    @Column(name = "reason")
    String reason;

    /** For JPA. */
    protected AuthorisationStatusChangeEntity() {
    }

    AuthorisationStatusChangeEntity(String id, AuthorisationEntity authorisation, int listIndex) {
        this.id = id;
        this.authorisation = authorisation;
        this.listIndex = listIndex;
    }
}
