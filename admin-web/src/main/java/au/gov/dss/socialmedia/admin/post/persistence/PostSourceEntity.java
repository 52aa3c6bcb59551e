package au.gov.dss.socialmedia.admin.post.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A source cited by an official post, at its position. */
@Entity
@Table(name = "post_source")
public class PostSourceEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "citation")
    String citation;

    @Column(name = "url")
    String url;

    /** For JPA. */
    protected PostSourceEntity() {
    }

    PostSourceEntity(String id, PostEntity post, int listIndex) {
        this.id = id;
        this.post = post;
        this.listIndex = listIndex;
    }
}
