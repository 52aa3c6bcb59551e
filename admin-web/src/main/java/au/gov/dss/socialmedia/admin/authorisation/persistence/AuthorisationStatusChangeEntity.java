package au.gov.dss.socialmedia.admin.authorisation.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
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
class AuthorisationStatusChangeEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "authorisation_id")
    AuthorisationEntity authorisation;

    String status;

    Instant changedAt;

    String reason;

    /** For JPA. */
    protected AuthorisationStatusChangeEntity() {
    }

    AuthorisationStatusChangeEntity(String id, AuthorisationEntity authorisation, int listIndex) {
        super(id, listIndex);
        this.authorisation = authorisation;
    }
}
