package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.FindingColumns;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A finding calling for review that the approver of an official post acknowledged, at its position. */
@Entity
@Table(name = "post_acknowledgement")
public class PostAcknowledgementEntity extends FindingColumns {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    /** For JPA. */
    protected PostAcknowledgementEntity() {
    }

    PostAcknowledgementEntity(String id, PostEntity post, int listIndex) {
        super(id, listIndex);
        this.post = post;
    }
}
