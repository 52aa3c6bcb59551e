package au.gov.dss.socialmedia.domain.conduct;

import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.CONDUCT_OFFICER;
import static au.gov.dss.socialmedia.domain.conduct.ConductMatterFixture.REPORTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConductMatterSnapshotTest {

    private final ConductMatterFixture fixture = new ConductMatterFixture();

    @ParameterizedTest
    @EnumSource(ConductMatterStage.class)
    void a_matter_restored_from_its_snapshot_is_the_same_matter(ConductMatterStage stage) {
        ConductMatter matter = fixture.in(stage);
        ConductMatter restored = ConductMatter.restore(matter.snapshot());
        assertEquals(matter.snapshot(), restored.snapshot());
        assertEquals(matter.id(), restored.id());
        assertEquals(stage, restored.stage());
    }

    @Test
    void a_restored_matter_carries_on_with_the_procedure() {
        ConductMatter matter = fixture.in(ConductMatterStage.SANCTION_NOTICE_GIVEN);
        matter.recordInterimMeasure(CONDUCT_OFFICER, fixture.suspension(), fixture.clock);
        ConductMatter restored = ConductMatter.restore(matter.snapshot());
        fixture.decideSanction(restored);
        assertEquals(ConductMatterStage.SANCTION_DECIDED, restored.stage());
        assertEquals(1, restored.interimMeasures().size());
        assertEquals(ConductMatterStage.SANCTION_NOTICE_GIVEN, matter.stage(), "the original is not touched");
    }

    @Test
    void the_snapshot_cannot_be_changed_through_its_lists() {
        ConductMatter matter = fixture.in(ConductMatterStage.REPORTED);
        matter.recordInterimMeasure(CONDUCT_OFFICER, fixture.suspension(), fixture.clock);
        ConductMatterSnapshot snapshot = matter.snapshot();
        assertThrows(UnsupportedOperationException.class, () -> snapshot.interimMeasures().clear());
        assertThrows(UnsupportedOperationException.class, () -> matter.interimMeasures().clear());
        assertEquals(1, matter.interimMeasures().size());
    }

    @Test
    void a_snapshot_whose_parts_do_not_fit_its_stage_is_refused() {
        ConductMatterSnapshot referred = fixture.in(ConductMatterStage.REFERRED).snapshot();
        ConductMatterSnapshot claimsNotice = withStage(referred, ConductMatterStage.NOTICE_GIVEN);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConductMatter.restore(claimsNotice));
        assertTrue(refused.getMessage().contains("NOTICE_GIVEN"));
        ConductMatterSnapshot determined = fixture.in(ConductMatterStage.DETERMINED_BREACH).snapshot();
        assertThrows(IllegalArgumentException.class,
                () -> ConductMatter.restore(withStage(determined, ConductMatterStage.CLOSED)));
        assertThrows(IllegalArgumentException.class,
                () -> ConductMatter.restore(withStage(determined, ConductMatterStage.DETERMINED_NO_BREACH)));
    }

    @Test
    void a_snapshot_with_the_reporter_as_subject_is_refused() {
        ConductMatterSnapshot s = fixture.reported().snapshot();
        ConductMatterSnapshot selfReported = new ConductMatterSnapshot(s.id(), REPORTER.id(), REPORTER.id(),
                s.reportedAt(), s.behaviours(), s.classification(), s.stage(), null, null, null, null, null, null,
                null, List.of(), List.of(), null);
        assertThrows(IllegalArgumentException.class, () -> ConductMatter.restore(selfReported));
    }

    @Test
    void a_snapshot_of_a_sanction_without_a_breach_determination_is_refused() {
        ConductMatterSnapshot decided = fixture.in(ConductMatterStage.SANCTION_DECIDED).snapshot();
        ConductMatterSnapshot noDetermination = new ConductMatterSnapshot(decided.id(), decided.subject(),
                decided.reporter(), decided.reportedAt(), decided.behaviours(), decided.classification(),
                decided.stage(), decided.preliminaryAssessment(), decided.assessmentDecision(),
                decided.breachNotice(), decided.noticeResponse(), null, decided.sanctionNotice(),
                decided.sanctionDecision(), decided.interimMeasures(), decided.reviewRequests(), decided.closure());
        assertThrows(IllegalArgumentException.class, () -> ConductMatter.restore(noDetermination));
    }

    private static ConductMatterSnapshot withStage(ConductMatterSnapshot s, ConductMatterStage stage) {
        return new ConductMatterSnapshot(s.id(), s.subject(), s.reporter(), s.reportedAt(), s.behaviours(),
                s.classification(), stage, s.preliminaryAssessment(), s.assessmentDecision(), s.breachNotice(),
                s.noticeResponse(), s.determination(), s.sanctionNotice(), s.sanctionDecision(),
                s.interimMeasures(), s.reviewRequests(), s.closure());
    }
}
