package au.gov.dss.socialmedia.domain.initiative;

import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The complete state of an {@link Initiative}, immutable, for persistence adapters and for tests that check a
 * refused command changed nothing. {@link Initiative#restore} checks that it is consistent.
 *
 * @param id the initiative's identifier
 * @param title its title
 * @param sponsoringArea the business area that sponsors it
 * @param submitter the employee who drafted it and submits it
 * @param draftedAt when it was drafted
 * @param status where it is in its lifecycle
 * @param businessCase its business case, as it now stands
 * @param riskPlan its risk management plan, as it now stands
 * @param submissionCount how many times it has been submitted
 * @param decisions CMB's decisions, oldest first
 * @param activatedAt when it started, once it has
 * @param closure how it was closed, once it has been
 */
public record InitiativeSnapshot(InitiativeId id, String title, BusinessArea sponsoringArea, EmployeeId submitter,
                                 Instant draftedAt, InitiativeStatus status, BusinessCase businessCase,
                                 RiskManagementPlan riskPlan, int submissionCount, List<InitiativeDecision> decisions,
                                 Optional<Instant> activatedAt, Optional<Closure> closure) {

    /** Refuses missing parts; copies the list of decisions. */
    public InitiativeSnapshot {
        Objects.requireNonNull(id, "initiative id must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(sponsoringArea, "sponsoring area must not be null");
        Objects.requireNonNull(submitter, "submitter must not be null");
        Objects.requireNonNull(draftedAt, "drafted at must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(businessCase, "business case must not be null");
        Objects.requireNonNull(riskPlan, "risk plan must not be null");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(activatedAt, "activated at must not be null (use Optional.empty())");
        Objects.requireNonNull(closure, "closure must not be null (use Optional.empty())");
    }
}
