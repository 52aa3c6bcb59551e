package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A business area's consent to an official post, at its position. */
@Entity
@Table(name = "post_consent")
public class PostConsentEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    String areaCode;

    String givenBy;

    LocalDate givenOn;

    String advice;

    /** For JPA. */
    protected PostConsentEntity() {
    }

    PostConsentEntity(String id, PostEntity post, int listIndex) {
        super(id, listIndex);
        this.post = post;
    }
}
