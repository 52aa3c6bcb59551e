package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.Objects;

/**
 * Who may see a conduct matter in the app. Conduct matters are {@link SecurityClassification#CONDUCT_MATTER
 * OFFICIAL: Sensitive, Personal privacy} and are shown only to officers of the Workplace Relations and Conduct
 * Section, on a need-to-know basis. Through this view, an officer never sees a matter about themselves or one they
 * reported, even if they work in the section: the subject learns of the matter through the written notices of the
 * procedure, and the reporter has no right to its details. Refusal codes: {@code VIEWER_NOT_IN_CONDUCT_SECTION},
 * {@code VIEWER_IS_SUBJECT}, {@code VIEWER_IS_REPORTER}.
 */
public final class ConductMatterAccessPolicy {

    /** The policy (it holds no state). */
    public ConductMatterAccessPolicy() {
    }

    /** May the employee see conduct matters at all (for example, the menu entry and the list)? */
    public Decision mayViewConductMatters(Employee viewer) {
        Objects.requireNonNull(viewer, "viewer must not be null");
        if (!viewer.businessArea().isConductSection()) {
            return Decision.refused("VIEWER_NOT_IN_CONDUCT_SECTION", PolicyClause.CONDUCT_PROCEDURES,
                    viewer.name() + " cannot see conduct matters: they are shown only to officers of the Workplace"
                            + " Relations and Conduct Section");
        }
        return Decision.allowed();
    }

    /** May the employee see this matter? */
    public Decision mayView(Employee viewer, ConductMatter matter) {
        Objects.requireNonNull(matter, "conduct matter must not be null");
        return mayView(viewer, matter.subject(), matter.reporter());
    }

    /** May the employee see a matter about {@code subject}, reported by {@code reporter} (for list queries)? */
    public Decision mayView(Employee viewer, EmployeeId subject, EmployeeId reporter) {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(reporter, "reporter must not be null");
        return mayViewConductMatters(viewer).and(() -> {
            if (viewer.id().equals(subject)) {
                return Decision.refused("VIEWER_IS_SUBJECT", PolicyClause.CONDUCT_PROCEDURES, viewer.name()
                        + " cannot see a conduct matter about themselves here; the notices of the procedure tell"
                        + " them what they need to know");
            }
            if (viewer.id().equals(reporter)) {
                return Decision.refused("VIEWER_IS_REPORTER", PolicyClause.CONDUCT_PROCEDURES, viewer.name()
                        + " cannot see a conduct matter they reported");
            }
            return Decision.allowed();
        });
    }
}
