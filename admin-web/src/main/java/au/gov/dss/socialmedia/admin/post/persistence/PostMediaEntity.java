package au.gov.dss.socialmedia.admin.post.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An item of media attached to an official post, at its position. */
@Entity
@Table(name = "post_media")
public class PostMediaEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "kind")
    String kind;

    @Column(name = "description")
    String description;

    @Column(name = "alt_text")
    String altText;

    @Column(name = "captioned")
    boolean captioned;

    @Column(name = "rights_cleared")
    boolean rightsCleared;

    @Column(name = "shows_branding")
    boolean showsBranding;

    /** For JPA. */
    protected PostMediaEntity() {
    }

    PostMediaEntity(String id, PostEntity post, int listIndex) {
        this.id = id;
        this.post = post;
        this.listIndex = listIndex;
    }
}
