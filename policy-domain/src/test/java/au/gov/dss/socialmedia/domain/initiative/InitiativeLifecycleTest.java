package au.gov.dss.socialmedia.domain.initiative;

import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.CMB_OFFICER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.COLLEAGUE;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.OUTSIDER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.SUBMITTER;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.assertRefused;
import static au.gov.dss.socialmedia.domain.initiative.InitiativeFixture.assertRejectedArgument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativeLifecycleTest {

    private final TestClock clock = new TestClock();

    @Test
    void an_approved_initiative_is_started_by_its_submitter() {
        Initiative initiative = InitiativeFixture.approved(clock);
        clock.advanceDays(30);

        InitiativeActivated event = initiative.activate(SUBMITTER, clock);

        assertEquals(InitiativeStatus.ACTIVE, initiative.status());
        assertEquals(Optional.of(clock.instant()), initiative.activatedAt());
        assertEquals(initiative.id(), event.initiativeId());
        assertEquals(SUBMITTER.id(), event.actor());
        assertEquals(clock.instant(), event.occurredAt());
        assertTrue(initiative.status().permitsAccountActivation());
    }

    @Test
    void a_colleague_of_the_sponsoring_area_or_cmb_may_also_start_it() {
        Initiative byColleague = InitiativeFixture.approved(clock);
        byColleague.activate(COLLEAGUE, clock);
        Initiative byCmb = InitiativeFixture.approved(clock);
        byCmb.activate(CMB_OFFICER, clock);

        assertEquals(InitiativeStatus.ACTIVE, byColleague.status());
        assertEquals(InitiativeStatus.ACTIVE, byCmb.status());
    }

    @Test
    void an_employee_neither_sponsor_nor_cmb_cannot_start_it() {
        Initiative initiative = InitiativeFixture.approved(clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.activate(OUTSIDER, clock));

        assertEquals("NOT_SPONSOR_OR_CMB", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void only_an_approved_initiative_can_start(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.activate(SUBMITTER, clock));

        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertEquals("cannot activate an initiative that is " + status.name(), refusal.reason());
    }

    @Test
    void an_active_initiative_is_closed_with_its_reason() {
        Initiative initiative = InitiativeFixture.active(clock);
        clock.advanceDays(180);

        InitiativeClosed event = initiative.close(COLLEAGUE, " Campaign period ended ", clock);

        assertEquals(InitiativeStatus.CLOSED, initiative.status());
        assertEquals(Optional.of(new Closure(COLLEAGUE.id(), "Campaign period ended", clock.instant())),
                initiative.closure());
        assertEquals("Campaign period ended", event.reason());
        assertTrue(event.commenced());
        assertEquals(COLLEAGUE.id(), event.actor());
        assertEquals(initiative.id(), event.initiativeId());
        assertTrue(initiative.activatedAt().isPresent());
        assertFalse(initiative.status().permitsAccountActivation());
        assertTrue(initiative.status().isFinal());
    }

    @Test
    void an_approved_initiative_that_never_started_may_be_closed() {
        Initiative initiative = InitiativeFixture.approved(clock);

        InitiativeClosed event = initiative.close(CMB_OFFICER, "Superseded by the whole-of-department campaign",
                clock);

        assertEquals(InitiativeStatus.CLOSED, initiative.status());
        assertFalse(event.commenced());
        assertEquals(Optional.empty(), initiative.activatedAt());
    }

    @Test
    void closing_needs_a_reason() {
        Initiative initiative = InitiativeFixture.active(clock);
        IllegalArgumentException e = assertRejectedArgument(IllegalArgumentException.class, initiative,
                () -> initiative.close(SUBMITTER, " ", clock));
        assertTrue(e.getMessage().contains("closing reason"), e.getMessage());
    }

    @Test
    void an_employee_neither_sponsor_nor_cmb_cannot_close_it() {
        Initiative initiative = InitiativeFixture.active(clock);

        Refusal refusal = assertRefused(initiative, () -> initiative.close(OUTSIDER, "Not needed", clock));

        assertEquals("NOT_SPONSOR_OR_CMB", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "REJECTED",
            "CLOSED"})
    void only_an_approved_or_active_initiative_can_be_closed(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);
        Employee actor = SUBMITTER;

        Refusal refusal = assertRefused(initiative, () -> initiative.close(actor, "No longer needed", clock));

        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refusal.clause());
        assertEquals("cannot close an initiative that is " + status.name(), refusal.reason());
    }
}
