package au.gov.dss.socialmedia.admin.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of a stored compliance finding, shared by the finding rows of posts and of comments so that
 * {@link Assessments} maps both alike. The clause is stored by {@code PolicyClause}'s stable id.
 */
@MappedSuperclass
public abstract class FindingColumns extends ListedRow {

    String category;

    @Column(name = "finding_type")
    String type;

    String severity;

    int spanStart;

    int spanEnd;

    String ruleId;

    String clauseId;

    String advice;

    /** For JPA. */
    protected FindingColumns() {
    }

    /** A new finding row at its position. */
    protected FindingColumns(String id, int listIndex) {
        super(id, listIndex);
    }
}
