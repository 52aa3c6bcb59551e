package au.gov.dss.socialmedia.domain.authorisation;

import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.A_YEAR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.CONTRIBUTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_TWITTER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.GRANTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.MANAGER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.OUTSIDER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aContributorAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aManagerAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.completedTraining;
import static au.gov.dss.socialmedia.domain.authorisation.RefusalAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GrantingAnAuthorisationTest {

    private final TestClock clock = new TestClock();

    @Test
    void a_cmb_officer_can_authorise_a_cmb_colleague_as_communication_account_manager() {
        Granted granted = aManagerAuthorisation().grant(clock);

        Authorisation authorisation = granted.authorisation();
        assertEquals(MANAGER.id(), authorisation.holder());
        assertEquals(Role.COMMUNICATION_ACCOUNT_MANAGER, authorisation.role());
        assertEquals(AuthorisationScope.everything(), authorisation.scope());
        assertEquals(A_YEAR, authorisation.period());
        assertEquals(GRANTOR.id(), authorisation.grantedBy());
        assertEquals(TestClock.START, authorisation.grantedAt());
        assertEquals(Optional.empty(), authorisation.training());
        assertEquals(AuthorisationStatus.GRANTED, authorisation.status());
        assertEquals(List.of(new StatusChange(AuthorisationStatus.GRANTED, TestClock.START, "")),
                authorisation.history());
        assertTrue(authorisation.isInForceAt(TestClock.START));
    }

    @Test
    void granting_records_who_granted_what_to_whom_for_the_archive() {
        Granted granted = aContributorAuthorisation().grant(clock);

        AuthorisationGranted event = granted.event();
        assertNotNull(event.eventId());
        assertEquals(TestClock.START, event.occurredAt());
        assertEquals(GRANTOR.id(), event.actor());
        assertEquals(granted.authorisation().id(), event.authorisationId());
        assertEquals(CONTRIBUTOR.id(), event.holder());
        assertEquals(Role.AUTHORISED_CONTRIBUTOR, event.role());
        assertEquals(granted.authorisation().scope(), event.scope());
        assertEquals(A_YEAR, event.period());
        assertEquals(Optional.of(completedTraining()), event.training());
    }

    @Test
    void an_employee_of_any_business_area_can_be_an_authorised_contributor_once_trained() {
        Authorisation fromFamilies = aContributorAuthorisation().granted(clock);
        Authorisation fromCmb = aContributorAuthorisation().heldBy(MANAGER).granted(clock);

        assertEquals(Role.AUTHORISED_CONTRIBUTOR, fromFamilies.role());
        assertEquals(Optional.of(completedTraining()), fromFamilies.training());
        assertEquals(MANAGER.id(), fromCmb.holder());
    }

    @Test
    void training_completed_on_the_day_of_the_grant_is_enough() {
        // TestClock.START is 11:00 on 2 March 2026 in Canberra
        TrainingRecord sameDay = new TrainingRecord("Official use of social media", LocalDate.of(2026, 3, 2),
                GRANTOR.id());

        Authorisation authorisation = aContributorAuthorisation().trained(sameDay).granted(clock);

        assertEquals(Optional.of(sameDay), authorisation.training());
    }

    @Test
    void a_period_of_exactly_the_maximum_term_can_be_granted() {
        ValidityPeriod twoYears = ValidityPeriod.starting(TestClock.START, ValidityPeriod.MAXIMUM_TERM);

        assertEquals(twoYears, aManagerAuthorisation().period(twoYears).granted(clock).period());
    }

    @Test
    void each_grant_creates_a_new_authorisation() {
        assertNotEquals(aManagerAuthorisation().granted(clock).id(), aManagerAuthorisation().granted(clock).id());
    }

    // ----------------------------------------------------------------------------------------- refusals

    @Test
    void only_cmb_staff_can_grant_an_authorisation() {
        Refusal refusal = assertRefused(AuthorisationCodes.ACTOR_NOT_IN_CMB, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                () -> aContributorAuthorisation().grantedBy(OUTSIDER).grant(clock));
        assertTrue(refusal.reason().contains(OUTSIDER.id().value()));
    }

    @Test
    void nobody_can_authorise_themself() {
        assertRefused(AuthorisationCodes.ACTOR_IS_HOLDER, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                () -> aManagerAuthorisation().grantedBy(MANAGER).grant(clock));
    }

    @Test
    void a_communication_account_manager_must_work_in_cmb() {
        assertRefused(AuthorisationCodes.MANAGER_MUST_WORK_IN_CMB, PolicyClause.PRINCIPLE_ADMINISTRATION,
                () -> aManagerAuthorisation().heldBy(CONTRIBUTOR).grant(clock));
    }

    @Test
    void a_contributor_without_recorded_training_cannot_be_authorised() {
        assertRefused(AuthorisationCodes.TRAINING_NOT_RECORDED, PolicyClause.OFFICIAL_USE_TRAINING,
                () -> aContributorAuthorisation().untrained().grant(clock));
    }

    @Test
    void a_contributor_whose_training_is_dated_after_the_grant_cannot_be_authorised() {
        TrainingRecord tomorrow = new TrainingRecord("Official use of social media", LocalDate.of(2026, 3, 3),
                GRANTOR.id());

        assertRefused(AuthorisationCodes.TRAINING_AFTER_GRANT, PolicyClause.OFFICIAL_USE_TRAINING,
                () -> aContributorAuthorisation().trained(tomorrow).grant(clock));
    }

    @Test
    void training_recorded_by_the_trainee_themself_does_not_count() {
        TrainingRecord selfRecorded = new TrainingRecord("Official use of social media", LocalDate.of(2026, 2, 1),
                CONTRIBUTOR.id());

        assertRefused(AuthorisationCodes.TRAINING_RECORDED_BY_HOLDER, PolicyClause.OFFICIAL_USE_TRAINING,
                () -> aContributorAuthorisation().trained(selfRecorded).grant(clock));
    }

    @Test
    void a_period_that_has_already_ended_cannot_be_granted() {
        ValidityPeriod lastYear = new ValidityPeriod(Instant.parse("2025-01-01T00:00:00Z"), TestClock.START);

        assertRefused(AuthorisationCodes.PERIOD_ALREADY_ENDED, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                () -> aManagerAuthorisation().period(lastYear).grant(clock));
    }

    @Test
    void a_period_longer_than_two_years_cannot_be_granted() {
        ValidityPeriod tooLong = ValidityPeriod.starting(TestClock.START,
                ValidityPeriod.MAXIMUM_TERM.plus(Duration.ofSeconds(1)));

        assertRefused(AuthorisationCodes.PERIOD_TOO_LONG, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                () -> aManagerAuthorisation().period(tooLong).grant(clock));
    }

    @Test
    void the_grantor_is_checked_before_the_holder_and_the_period() {
        Employee outsider = OUTSIDER;

        assertRefused(AuthorisationCodes.ACTOR_NOT_IN_CMB, PolicyClause.OFFICIAL_USE_AUTHORISATION,
                () -> aManagerAuthorisation().heldBy(CONTRIBUTOR).grantedBy(outsider)
                        .period(new ValidityPeriod(Instant.EPOCH, TestClock.START)).grant(clock));
    }

    @Test
    void a_grant_needs_every_part() {
        ValidityPeriod period = A_YEAR;
        AuthorisationScope scope = AuthorisationScope.of(AccountScope.of(DSS_TWITTER), Activity.PUBLISH);
        Optional<TrainingRecord> training = Optional.of(completedTraining());
        Role role = Role.AUTHORISED_CONTRIBUTOR;

        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(null, GRANTOR, role, scope, period, training, clock));
        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(CONTRIBUTOR, null, role, scope, period, training, clock));
        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(CONTRIBUTOR, GRANTOR, null, scope, period, training, clock));
        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(CONTRIBUTOR, GRANTOR, role, null, period, training, clock));
        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(CONTRIBUTOR, GRANTOR, role, scope, null, training, clock));
        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(CONTRIBUTOR, GRANTOR, role, scope, period, null, clock));
        assertThrows(NullPointerException.class,
                () -> Authorisation.grant(CONTRIBUTOR, GRANTOR, role, scope, period, training, null));
    }
}
