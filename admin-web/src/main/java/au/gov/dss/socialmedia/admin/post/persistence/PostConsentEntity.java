package au.gov.dss.socialmedia.admin.post.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A business area's consent to an official post, at its position. */
@Entity
@Table(name = "post_consent")
public class PostConsentEntity {

    @Id
    @Column(name = "id")
    String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "post_id")
    PostEntity post;

    @Column(name = "list_index")
    int listIndex;

    @Column(name = "area_code")
    String areaCode;

    @Column(name = "given_by")
    String givenBy;

    @Column(name = "given_on")
    LocalDate givenOn;

    @Column(name = "advice")
    String advice;

    /** For JPA. */
    protected PostConsentEntity() {
    }

    PostConsentEntity(String id, PostEntity post, int listIndex) {
        this.id = id;
        this.post = post;
        this.listIndex = listIndex;
    }
}
