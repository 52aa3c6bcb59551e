package au.gov.dss.socialmedia.domain.conduct;

import java.util.HashSet;
import java.util.Set;

/** Checks that the parts of a {@link ConductMatterSnapshot} fit together and fit its stage. */
final class SnapshotConsistency {

    private SnapshotConsistency() {
    }

    static void check(ConductMatterSnapshot s) {
        require(!s.reporter().equals(s.subject()), "the reporter must not be the subject");
        require(s.classification().level().compareTo(SecurityClassification.Level.OFFICIAL_SENSITIVE) >= 0,
                "the classification must be at least OFFICIAL: Sensitive");
        Set<BehaviourId> ids = new HashSet<>();
        s.behaviours().forEach(behaviour -> require(ids.add(behaviour.id()), "behaviour ids must be distinct"));

        // each part of the procedure needs the one before it
        require(s.assessmentDecision() == null || s.preliminaryAssessment() != null,
                "an assessment decision needs a preliminary assessment");
        require(s.breachNotice() == null || referred(s), "a breach notice needs a referral");
        require(s.noticeResponse() == null || s.breachNotice() != null, "a response needs a breach notice");
        require(s.determination() == null || s.noticeResponse() != null, "a determination needs a response or lapse");
        require(s.determination() == null || coversEveryBehaviour(s), "the findings must cover every behaviour");
        require(s.sanctionNotice() == null || s.determination() != null && s.determination().breach(),
                "a sanction notice needs a breach determination");
        require(s.sanctionDecision() == null || s.sanctionNotice() != null,
                "a sanction decision needs a sanction notice");
        require(s.reviewRequests().isEmpty() || s.sanctionDecision() != null,
                "a review request needs a sanction decision");

        boolean ok = switch (s.stage()) {
            case REPORTED -> s.preliminaryAssessment() == null && s.closure() == null;
            case PRELIMINARY_ASSESSMENT -> s.preliminaryAssessment() != null && s.assessmentDecision() == null;
            case REFERRED -> referred(s) && s.breachNotice() == null;
            case NOTICE_GIVEN -> s.breachNotice() != null && s.noticeResponse() == null;
            case RESPONSE_RECEIVED -> responded(s, NoticeResponse.Kind.RESPONDED) && s.determination() == null;
            case RESPONSE_PERIOD_LAPSED -> responded(s, NoticeResponse.Kind.LAPSED) && s.determination() == null;
            case DETERMINED_BREACH -> s.determination() != null && s.determination().breach()
                    && s.sanctionNotice() == null;
            case DETERMINED_NO_BREACH -> s.determination() != null && !s.determination().breach()
                    && s.closure() == null;
            case SANCTION_NOTICE_GIVEN -> s.sanctionNotice() != null && s.sanctionDecision() == null;
            case SANCTION_DECIDED -> s.sanctionDecision() != null && s.reviewRequests().isEmpty()
                    && s.closure() == null;
            case REVIEW_REQUESTED -> !s.reviewRequests().isEmpty();
            case CLOSED -> s.closure() != null && closureFits(s);
        };
        require(ok, "its parts do not fit the stage " + s.stage());
        require(s.closure() == null || s.stage() == ConductMatterStage.CLOSED
                || s.stage() == ConductMatterStage.REVIEW_REQUESTED, "only a closed or reviewed matter has a closure");
    }

    private static boolean referred(ConductMatterSnapshot s) {
        return s.assessmentDecision() != null
                && s.assessmentDecision().outcome() == PreliminaryOutcome.REFER_UNDER_PROCEDURES;
    }

    private static boolean responded(ConductMatterSnapshot s, NoticeResponse.Kind kind) {
        return s.noticeResponse() != null && s.noticeResponse().kind() == kind;
    }

    private static boolean coversEveryBehaviour(ConductMatterSnapshot s) {
        Set<BehaviourId> found = new HashSet<>();
        s.determination().findings().forEach(finding -> found.add(finding.behaviour()));
        Set<BehaviourId> reported = new HashSet<>();
        s.behaviours().forEach(behaviour -> reported.add(behaviour.id()));
        return found.equals(reported) && s.determination().findings().size() == reported.size();
    }

    private static boolean closureFits(ConductMatterSnapshot s) {
        return switch (s.closure().reason()) {
            case NO_FURTHER_ACTION -> s.assessmentDecision() != null
                    && s.assessmentDecision().outcome() == PreliminaryOutcome.NO_FURTHER_ACTION;
            case NO_BREACH -> s.determination() != null && !s.determination().breach();
            case SANCTIONS_DECIDED -> s.sanctionDecision() != null;
            case REVIEW_FINISHED -> !s.reviewRequests().isEmpty();
        };
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("inconsistent conduct matter snapshot: " + message);
        }
    }
}
