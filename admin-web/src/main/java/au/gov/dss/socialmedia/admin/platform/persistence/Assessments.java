package au.gov.dss.socialmedia.admin.platform.persistence;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.compliance.Span;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/** Maps the findings of a stored compliance assessment, for posts and comments alike. */
public final class Assessments {

    private Assessments() {
    }

    public static <T extends FindingColumns> List<Finding> findings(List<T> rows, ToIntFunction<T> position) {
        return rows.stream().sorted(Comparator.comparingInt(position)).map(row -> new Finding(
                Category.valueOf(row.category), row.type, Severity.valueOf(row.severity),
                new Span(row.spanStart, row.spanEnd), row.ruleId, PolicyClause.byId(row.clauseId).orElseThrow(() ->
                        new IllegalStateException("stored finding names unknown clause " + row.clauseId)),
                row.advice)).toList();
    }

    public static <T extends FindingColumns> void copy(List<Finding> findings, List<T> rows, IntFunction<T> create) {
        Rows.resize(rows, findings.size(), create);
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            T row = rows.get(i);
            row.category = finding.category().name();
            row.type = finding.type();
            row.severity = finding.severity().name();
            row.spanStart = finding.span().start();
            row.spanEnd = finding.span().end();
            row.ruleId = finding.ruleId();
            row.clauseId = finding.clause().id();
            row.advice = finding.advice();
        }
    }
}
