package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.FindingColumns;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A finding of the compliance assessment an official post was published with, at its position. */
@Entity
@Table(name = "post_finding")
public class PostFindingEntity extends FindingColumns {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    /** For JPA. */
    protected PostFindingEntity() {
    }

    PostFindingEntity(String id, PostEntity post, int listIndex) {
        super(id, listIndex);
        this.post = post;
    }
}
