package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A business area's refusal to let a post speak for it, at its position. */
@Entity
@Table(name = "post_consent_refusal")
class PostConsentRefusalEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    String areaCode;

    String refusedBy;

    Instant refusedAt;

    String note;

    /** For JPA. */
    protected PostConsentRefusalEntity() {
    }

    PostConsentRefusalEntity(String id, PostEntity post, int listIndex) {
        super(id, listIndex);
        this.post = post;
    }
}
