package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of media attached to an official post, at its position. */
@Entity
@Table(name = "post_media")
public class PostMediaEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    String kind;

    String description;

    String altText;

    boolean captioned;

    boolean rightsCleared;

    boolean showsBranding;

    boolean brandingApproved;

    /** For JPA. */
    protected PostMediaEntity() {
    }

    PostMediaEntity(String id, PostEntity post, int listIndex) {
        super(id, listIndex);
        this.post = post;
    }
}
