package au.gov.dss.socialmedia.admin.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The columns of a stored compliance finding, shared by the finding rows of posts and of comments so that
 * {@link Assessments} maps both alike. The clause is stored by {@code PolicyClause}'s stable id.
 */
@MappedSuperclass
public abstract class FindingColumns {

    @Column(name = "category")
    String category;

    @Column(name = "finding_type")
    String type;

    @Column(name = "severity")
    String severity;

    @Column(name = "span_start")
    int spanStart;

    @Column(name = "span_end")
    int spanEnd;

    @Column(name = "rule_id")
    String ruleId;

    @Column(name = "clause_id")
    String clauseId;

    @Column(name = "advice")
    String advice;

    /** For JPA. */
    protected FindingColumns() {
    }
}
