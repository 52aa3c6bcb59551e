package au.gov.dss.socialmedia.admin.post.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.ListedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A source cited by an official post, at its position. */
@Entity
@Table(name = "post_source")
public class PostSourceEntity extends ListedRow {

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    String citation;

    String url;

    /** For JPA. */
    protected PostSourceEntity() {
    }

    PostSourceEntity(String id, PostEntity post, int listIndex) {
        super(id, listIndex);
        this.post = post;
    }
}
