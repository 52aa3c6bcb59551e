package au.gov.dss.socialmedia.domain.conduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.ConductMatterId;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InMemoryConductMatterRepositoryTest {

    private final InMemoryConductMatterRepository repository = new InMemoryConductMatterRepository();
    private final ConductMatterFixture fixture = new ConductMatterFixture();

    @Test
    void a_saved_matter_is_found_by_its_id_in_the_state_it_was_saved() {
        ConductMatter matter = fixture.in(ConductMatterStage.REFERRED);
        repository.save(matter);
        fixture.giveNotice(matter);
        assertEquals(ConductMatterStage.REFERRED, repository.get(matter.id()).stage(), "unsaved changes are not kept");
        repository.save(matter);
        assertEquals(matter.snapshot(), repository.get(matter.id()).snapshot());
        assertEquals(1, repository.size());
    }

    @Test
    void an_unknown_matter_is_refused_by_get() {
        CommandRefusedException refused = assertThrows(CommandRefusedException.class,
                () -> repository.get(ConductMatterId.newId()));
        assertEquals("UNKNOWN_CONDUCT_MATTER", refused.code());
        assertEquals(PolicyClause.CONDUCT_PROCEDURES, refused.refusal().clause());
        assertTrue(repository.find(ConductMatterId.newId()).isEmpty());
    }

    @Test
    void matters_are_found_by_subject_and_the_open_ones_listed() {
        ConductMatter open = fixture.in(ConductMatterStage.NOTICE_GIVEN);
        ConductMatter closed = fixture.in(ConductMatterStage.CLOSED);
        ConductMatter other = ConductMatterFixture.about(EmployeeFixture.familiesOfficer("E200099"),
                ConductMatterFixture.REPORTER).reported();
        repository.save(open);
        repository.save(closed);
        repository.save(other);
        assertEquals(List.of(open.id(), closed.id()),
                repository.findBySubject(ConductMatterFixture.SUBJECT.id()).stream().map(ConductMatter::id).toList());
        assertEquals(List.of(open.id(), other.id()),
                repository.findOpen().stream().map(ConductMatter::id).toList());
    }
}
