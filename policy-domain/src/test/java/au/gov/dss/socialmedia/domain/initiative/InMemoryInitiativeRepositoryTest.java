package au.gov.dss.socialmedia.domain.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InMemoryInitiativeRepositoryTest {

    private final TestClock clock = new TestClock();

    @Test
    void a_saved_initiative_is_found_as_it_was_saved() {
        Initiative initiative = InitiativeFixture.submitted(clock);
        InMemoryInitiativeRepository repository = InMemoryInitiativeRepository.of(initiative);
        InitiativeSnapshot saved = initiative.snapshot();

        initiative.approve(InitiativeFixture.CMB_DECISION_MAKER, "ok", clock);

        assertEquals(saved, repository.get(initiative.id()).snapshot());
        repository.save(initiative);
        assertEquals(InitiativeStatus.APPROVED, repository.get(initiative.id()).status());
        assertEquals(1, repository.size());
    }

    @Test
    void an_unknown_initiative_is_refused_by_its_id() {
        InMemoryInitiativeRepository repository = new InMemoryInitiativeRepository();
        InitiativeId unknown = InitiativeId.newId();

        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> repository.get(unknown));

        assertEquals("UNKNOWN_INITIATIVE", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refused.refusal().clause());
        assertEquals(Optional.empty(), repository.find(unknown));
    }

    @Test
    void the_initiatives_awaiting_decision_are_those_submitted() {
        Initiative draft = InitiativeFixture.draft(clock);
        Initiative submitted = InitiativeFixture.submitted(clock);
        Initiative approved = InitiativeFixture.approved(clock);
        InMemoryInitiativeRepository repository = InMemoryInitiativeRepository.of(draft, submitted, approved);

        assertEquals(List.of(submitted), repository.awaitingDecision());
        assertEquals(List.of(approved), repository.findByStatus(InitiativeStatus.APPROVED));
        assertEquals(List.of(), repository.findByStatus(InitiativeStatus.CLOSED));
    }
}
