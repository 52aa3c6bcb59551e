package au.gov.dss.socialmedia.admin.initiative.persistence;

import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.testing.Staff;
import au.gov.dss.socialmedia.admin.testing.InitiativeFixture;

import static au.gov.dss.socialmedia.admin.testing.Staff.CMB_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_COLLEAGUE;
import static au.gov.dss.socialmedia.admin.testing.Staff.FAMILIES_OFFICER;
import static au.gov.dss.socialmedia.admin.testing.Staff.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JpaInitiativeRepositoryTest {

    private final TestDatabase db = TestDatabase.fresh();

    @AfterEach
    void close() {
        db.close();
    }

    private void store(Initiative... initiatives) {
        db.run(em -> Arrays.stream(initiatives).forEach(new JpaInitiativeRepository(em)::save));
    }

    private Initiative load(InitiativeId id) {
        return db.inTransaction(em -> new JpaInitiativeRepository(em).get(id));
    }

    private List<InitiativeId> withStatus(InitiativeStatus status) {
        return db.inTransaction(em -> new JpaInitiativeRepository(em).findByStatus(status)).stream()
                .map(Initiative::id).toList();
    }

    @ParameterizedTest
    @EnumSource(InitiativeFixture.Stage.class)
    void an_initiative_comes_back_exactly_as_it_was_stored(InitiativeFixture.Stage stage) {
        Staff.store(db);
        Initiative initiative = stage.initiative();
        store(initiative);
        assertEquals(initiative.snapshot(), load(initiative.id()).snapshot());
    }

    @Test
    void every_revision_of_a_draft_replaces_its_channels_risks_and_controls() {
        Staff.store(db);
        Initiative draft = InitiativeFixture.draft();
        store(draft);
        BusinessCase complete = InitiativeFixture.completeBusinessCase();
        Risk high = InitiativeFixture.treatedHighRisk();
        Risk low = InitiativeFixture.monitoredLowRisk();
        List<Consumer<Initiative>> revisions = List.of(
                i -> i.reviseBusinessCase(FAMILIES_OFFICER, complete, day(1)),
                i -> i.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(high, low), day(1)),
                i -> i.reviseBusinessCase(FAMILIES_OFFICER, complete.withChannels("Instagram", "Threads",
                        "Facebook"), day(2)),
                i -> i.reviseRiskPlan(FAMILIES_OFFICER, RiskManagementPlan.of(low.withControls("Smaller images"),
                        high.withControls("Moderate within an hour"), Risk.identified("Trolls", Likelihood.LIKELY,
                                Consequence.MINOR)), day(2)),
                i -> i.reviseBusinessCase(FAMILIES_COLLEAGUE, complete.withChannels("LinkedIn"), day(3)),
                i -> i.reviseRiskPlan(FAMILIES_COLLEAGUE, RiskManagementPlan.of(Risk.identified("Trolls",
                        Likelihood.RARE, Consequence.MINOR)), day(3)),
                i -> i.reviseBusinessCase(FAMILIES_COLLEAGUE, BusinessCase.empty(), day(4)),
                i -> i.reviseRiskPlan(FAMILIES_COLLEAGUE, RiskManagementPlan.empty(), day(4)));
        for (Consumer<Initiative> revision : revisions) {
            Initiative revised = db.inTransaction(em -> {
                JpaInitiativeRepository repository = new JpaInitiativeRepository(em);
                Initiative initiative = repository.get(draft.id());
                revision.accept(initiative);
                repository.save(initiative);
                return initiative;
            });
            assertEquals(revised.snapshot(), load(draft.id()).snapshot());
        }
    }

    @Test
    void decisions_added_over_the_lifecycle_are_kept_in_order() {
        Staff.store(db);
        Initiative initiative = InitiativeFixture.readyToSubmit();
        store(initiative);
        List<Consumer<Initiative>> steps = List.of(
                i -> i.submit(FAMILIES_OFFICER, day(1)),
                i -> i.requestChanges(CMB_OFFICER, "Name the moderators", day(2)),
                i -> i.submit(FAMILIES_OFFICER, day(3)),
                i -> i.approve(CMB_OFFICER, "Approved", day(4)),
                i -> i.activate(FAMILIES_OFFICER, day(5)),
                i -> i.close(FAMILIES_OFFICER, "Finished", day(6)));
        for (Consumer<Initiative> step : steps) {
            Initiative changed = db.inTransaction(em -> {
                JpaInitiativeRepository repository = new JpaInitiativeRepository(em);
                Initiative stored = repository.get(initiative.id());
                step.accept(stored);
                repository.save(stored);
                return stored;
            });
            assertEquals(changed.snapshot(), load(initiative.id()).snapshot());
        }
        assertEquals(2, load(initiative.id()).decisions().size());
    }

    @Test
    void initiatives_are_found_by_status_oldest_draft_first() {
        Staff.store(db);
        Initiative firstSubmitted = InitiativeFixture.Stage.SUBMITTED.initiative();
        Initiative approved = InitiativeFixture.Stage.APPROVED.initiative();
        Initiative draft = InitiativeFixture.Stage.EMPTY_DRAFT.initiative();
        Initiative resubmitted = InitiativeFixture.Stage.RESUBMITTED.initiative();
        store(firstSubmitted, approved, draft, resubmitted);

        List<InitiativeId> submitted = withStatus(InitiativeStatus.SUBMITTED);
        assertEquals(2, submitted.size());
        assertTrue(submitted.containsAll(List.of(firstSubmitted.id(), resubmitted.id())));
        assertEquals(submitted, db.inTransaction(em -> new JpaInitiativeRepository(em).awaitingDecision())
                .stream().map(Initiative::id).toList());
        assertEquals(List.of(approved.id()), withStatus(InitiativeStatus.APPROVED));
        assertEquals(List.of(draft.id()), withStatus(InitiativeStatus.DRAFT));
        assertEquals(List.of(), withStatus(InitiativeStatus.CLOSED));
    }

    private long version(Initiative initiative) {
        return db.inTransaction(em -> em.find(InitiativeEntity.class, initiative.id().toString()).version());
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused_and_loses_nothing() {
        Staff.store(db);
        Initiative initiative = InitiativeFixture.readyToSubmit();
        store(initiative);
        long stored = version(initiative);
        InitiativeEntity stale = db.inTransaction(em -> em.find(InitiativeEntity.class, initiative.id().toString()));
        db.run(em -> {
            JpaInitiativeRepository repository = new JpaInitiativeRepository(em);
            Initiative current = repository.get(initiative.id());
            current.submit(FAMILIES_OFFICER, day(1));
            repository.save(current);
        });
        assertTrue(version(initiative) > stored);

        stale.title = "Stale title";
        assertThrows(OptimisticLockException.class, () -> db.run(em -> em.merge(stale)));
        Initiative kept = load(initiative.id());
        assertEquals(InitiativeStatus.SUBMITTED, kept.status());
        assertEquals(initiative.title(), kept.title());
    }
}
