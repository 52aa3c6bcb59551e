package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.FindingColumns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A finding of the compliance assessment an official post was published with, at its position. */
@Entity
@Table(name = "post_finding")
public class PostFindingEntity extends FindingColumns {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    @Column(name = "list_index")
    int listIndex;

    /** For JPA. */
    protected PostFindingEntity() {
    }

    PostFindingEntity(String id, PostEntity post, int listIndex) {
        this.id = id;
        this.post = post;
        this.listIndex = listIndex;
    }
}
