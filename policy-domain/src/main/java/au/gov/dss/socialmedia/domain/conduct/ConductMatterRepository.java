package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import java.util.List;
import java.util.Optional;

/**
 * Port: where conduct matters are kept. Implemented outside the domain (JPA in the admin app, a map in tests). The
 * application shows what it returns only to those {@link ConductMatterAccessPolicy} allows.
 */
public interface ConductMatterRepository {

    /** The matter with this id, if there is one. */
    Optional<ConductMatter> find(ConductMatterId id);

    /** Adds the matter or replaces the stored one with the same id. */
    void save(ConductMatter matter);

    /** Every matter about the given employee, open or closed, oldest report first. */
    List<ConductMatter> findBySubject(EmployeeId subject);

    /** Every matter that is not closed, oldest report first. */
    List<ConductMatter> findOpen();

    /** The matter with this id, or a refusal naming the unknown id. */
    default ConductMatter get(ConductMatterId id) {
        return find(id).orElseThrow(() -> new CommandRefusedException(new Refusal("UNKNOWN_CONDUCT_MATTER",
                PolicyClause.CONDUCT_PROCEDURES, "no conduct matter " + id + " is known")));
    }
}
