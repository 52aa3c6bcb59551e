package au.gov.dss.socialmedia.admin.comment.persistence;

import au.gov.dss.socialmedia.admin.platform.persistence.FindingColumns;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A finding of a public comment's latest compliance screening, at its position. */
@Entity
@Table(name = "comment_finding")
public class CommentFindingEntity extends FindingColumns {

    @ManyToOne(optional = false)
    @JoinColumn(name = "comment_id")
    CommentEntity comment;

    /** For JPA. */
    protected CommentFindingEntity() {
    }

    CommentFindingEntity(String id, CommentEntity comment, int listIndex) {
        super(id, listIndex);
        this.comment = comment;
    }
}
