package au.gov.dss.socialmedia.domain.conduct;

import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The complete state of a {@link ConductMatter}, for persistence adapters and for tests. The parts of the
 * procedure not reached yet are null; {@link ConductMatter#restore} checks that they fit the stage.
 *
 * @param id the matter
 * @param subject the employee it is about
 * @param reporter the employee who reported it
 * @param reportedAt when it was reported
 * @param behaviours the behaviours reported, at least one
 * @param classification its protective marking
 * @param stage where it stands
 * @param preliminaryAssessment the start of the preliminary assessment, or null
 * @param assessmentDecision how the preliminary assessment ended, or null
 * @param breachNotice the notice of the suspected breach, or null
 * @param noticeResponse the response to the notice or its lapse, or null
 * @param determination the breach determination, or null
 * @param sanctionNotice the notice of proposed sanctions, or null
 * @param sanctionDecision the delegate's sanction decision, or null
 * @param interimMeasures the measures pending the outcome, oldest first
 * @param reviewRequests the review requests, oldest first
 * @param closure the (latest) closure, or null
 */
public record ConductMatterSnapshot(ConductMatterId id, EmployeeId subject, EmployeeId reporter, Instant reportedAt,
                                    List<Behaviour> behaviours, SecurityClassification classification,
                                    ConductMatterStage stage, PreliminaryAssessment preliminaryAssessment,
                                    AssessmentDecision assessmentDecision, BreachNotice breachNotice,
                                    NoticeResponse noticeResponse, Determination determination,
                                    SanctionNotice sanctionNotice, SanctionDecision sanctionDecision,
                                    List<InterimMeasure> interimMeasures, List<ReviewRequest> reviewRequests,
                                    Closure closure) {

    /** Refuses missing required parts; copies the lists. */
    public ConductMatterSnapshot {
        Objects.requireNonNull(id, "conduct matter id must not be null");
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(reporter, "reporter must not be null");
        Objects.requireNonNull(reportedAt, "report time must not be null");
        behaviours = Checks.nonEmptyList("behaviours", behaviours);
        Objects.requireNonNull(classification, "classification must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        interimMeasures = Checks.list("interim measures", interimMeasures);
        reviewRequests = Checks.list("review requests", reviewRequests);
    }
}
