package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One behaviour of a conduct matter: what the employee is suspected of doing, when, the evidence of it, the
 * elements of the APS Code of Conduct (s13) it may breach and the clauses of the Social Media Policy it may breach.
 *
 * @param id its number within the matter
 * @param description what happened, 1 to 4000 characters
 * @param occurredOn the day it happened
 * @param evidence the evidence of it, possibly none yet
 * @param elements the Code of Conduct elements it may breach, at least one
 * @param clauses the policy clauses it may breach, possibly none
 */
public record Behaviour(BehaviourId id, String description, LocalDate occurredOn, List<Evidence> evidence,
                        Set<CodeOfConductElement> elements, Set<PolicyClause> clauses) {

    /** Refuses missing parts, a blank description and an empty set of elements; copies the collections. */
    public Behaviour {
        Objects.requireNonNull(id, "behaviour id must not be null");
        description = Text.required("behaviour description", description, 4000);
        Objects.requireNonNull(occurredOn, "behaviour date must not be null");
        evidence = Checks.list("behaviour evidence", evidence);
        elements = Checks.nonEmptyEnumSet("behaviour code of conduct elements", CodeOfConductElement.class, elements);
        clauses = Checks.enumSet("behaviour policy clauses", PolicyClause.class, clauses);
    }

    /** Whether the behaviour was reported as possibly breaching the element. */
    public boolean mayBreach(CodeOfConductElement element) {
        return elements.contains(element);
    }
}
