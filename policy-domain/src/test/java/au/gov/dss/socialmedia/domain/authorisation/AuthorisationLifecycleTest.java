package au.gov.dss.socialmedia.domain.authorisation;

import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.GRANTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.MANAGER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.OTHER_CMB_OFFICER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.OUTSIDER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aContributorAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aManagerAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.RefusalAssertions.assertRefusedUnchanged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.Stage;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorisationLifecycleTest {

    private final TestClock clock = new TestClock();

    private static void assertStateForbids(Authorisation authorisation, Stage stage, Runnable command) {
        Refusal refusal = assertRefusedUnchanged(authorisation, AuthorisationCodes.STATE_FORBIDS_ACTION,
                PolicyClause.OFFICIAL_USE_AUTHORISATION, command::run);
        assertTrue(refusal.reason().endsWith("that is " + stage.effectiveStatus().name()), refusal.reason());
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Suspending {

        @Test
        void cmb_can_suspend_a_granted_authorisation_for_a_reason() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            clock.advanceDays(3);

            AuthorisationSuspended event = authorisation.suspend(OTHER_CMB_OFFICER, "  complaint under review ",
                    clock);

            assertEquals(AuthorisationStatus.SUSPENDED, authorisation.status());
            assertFalse(authorisation.isInForceAt(clock.instant()));
            assertEquals(new StatusChange(AuthorisationStatus.SUSPENDED, clock.instant(), "complaint under review"),
                    authorisation.history().get(1));
            assertNotNull(event.eventId());
            assertEquals(clock.instant(), event.occurredAt());
            assertEquals(OTHER_CMB_OFFICER.id(), event.actor());
            assertEquals(authorisation.id(), event.authorisationId());
            assertEquals(MANAGER.id(), event.holder());
            assertEquals("complaint under review", event.reason());
        }

        @Test
        void a_suspension_needs_a_reason() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            AuthorisationSnapshot before = authorisation.snapshot();

            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> authorisation.suspend(GRANTOR, " ", clock));

            assertTrue(refused.getMessage().contains("reason"));
            assertThrows(NullPointerException.class, () -> authorisation.suspend(GRANTOR, null, clock));
            assertEquals(before, authorisation.snapshot());
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"SUSPENDED", "REVOKED", "EXPIRED", "LAPSED", "SUSPENDED_AND_LAPSED"})
        void only_a_granted_authorisation_can_be_suspended(Stage stage) {
            Authorisation authorisation = stage.of(clock);

            assertStateForbids(authorisation, stage, () -> authorisation.suspend(GRANTOR, "again", clock));
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Reinstating {

        @Test
        void cmb_can_reinstate_a_suspended_authorisation() {
            Authorisation authorisation = Stage.SUSPENDED.of(clock);
            clock.advanceDays(2);

            AuthorisationReinstated event = authorisation.reinstate(OTHER_CMB_OFFICER, "Review completed", clock);

            assertEquals(AuthorisationStatus.GRANTED, authorisation.status());
            assertTrue(authorisation.isInForceAt(clock.instant()));
            assertEquals(3, authorisation.history().size());
            assertEquals(clock.instant(), event.occurredAt());
            assertEquals(OTHER_CMB_OFFICER.id(), event.actor());
            assertEquals(authorisation.id(), event.authorisationId());
            assertEquals(MANAGER.id(), event.holder());
            assertEquals("Review completed", event.reason());
            assertEquals("Review completed", authorisation.history().get(2).reason());
        }

        @Test
        void reinstating_needs_a_reason_as_suspending_does() {
            Authorisation authorisation = Stage.SUSPENDED.of(clock);
            AuthorisationSnapshot before = authorisation.snapshot();
            clock.advanceDays(2);

            assertThrows(IllegalArgumentException.class, () -> authorisation.reinstate(OTHER_CMB_OFFICER, " ", clock));
            assertEquals(before, authorisation.snapshot());
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"GRANTED", "REVOKED", "EXPIRED", "LAPSED", "SUSPENDED_AND_LAPSED"})
        void only_a_suspended_authorisation_whose_period_has_not_ended_can_be_reinstated(Stage stage) {
            Authorisation authorisation = stage.of(clock);

            assertStateForbids(authorisation, stage, () -> authorisation.reinstate(GRANTOR, "Review completed", clock));
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Revoking {

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"GRANTED", "SUSPENDED"})
        void cmb_can_revoke_a_granted_or_suspended_authorisation_for_a_reason(Stage stage) {
            Authorisation authorisation = stage.of(clock);
            clock.advanceDays(1);

            AuthorisationRevoked event = authorisation.revoke(OTHER_CMB_OFFICER, "breach of the Code of Conduct",
                    clock);

            assertEquals(AuthorisationStatus.REVOKED, authorisation.status());
            assertEquals(AuthorisationStatus.REVOKED, authorisation.statusAt(clock.instant()));
            assertEquals(clock.instant(), event.occurredAt());
            assertEquals(OTHER_CMB_OFFICER.id(), event.actor());
            assertEquals(authorisation.id(), event.authorisationId());
            assertEquals(MANAGER.id(), event.holder());
            assertEquals("breach of the Code of Conduct", event.reason());
        }

        @Test
        void a_revoked_authorisation_is_never_in_force_again_within_its_period() {
            Authorisation authorisation = Stage.REVOKED.of(clock);

            assertFalse(authorisation.isInForceAt(clock.instant().plus(Duration.ofDays(100))));
        }

        @Test
        void a_revocation_needs_a_reason() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            AuthorisationSnapshot before = authorisation.snapshot();

            assertThrows(IllegalArgumentException.class, () -> authorisation.revoke(GRANTOR, "", clock));
            assertThrows(IllegalArgumentException.class,
                    () -> authorisation.revoke(GRANTOR, "x".repeat(StatusChange.MAXIMUM_REASON_LENGTH + 1), clock));
            assertEquals(before, authorisation.snapshot());
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"REVOKED", "EXPIRED", "LAPSED", "SUSPENDED_AND_LAPSED"})
        void a_revoked_or_expired_authorisation_cannot_be_revoked(Stage stage) {
            Authorisation authorisation = stage.of(clock);

            assertStateForbids(authorisation, stage, () -> authorisation.revoke(GRANTOR, "again", clock));
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class Renewing {

        @Test
        void cmb_can_renew_an_authorisation_so_that_it_ends_later() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            Instant previousUntil = authorisation.period().until();
            Instant newUntil = previousUntil.plus(Duration.ofDays(180));
            clock.advanceDays(300);

            AuthorisationRenewed event = authorisation.renew(OTHER_CMB_OFFICER, newUntil, clock);

            assertEquals(new ValidityPeriod(TestClock.START, newUntil), authorisation.period());
            assertTrue(authorisation.isInForceAt(previousUntil.plus(Duration.ofDays(1))));
            assertEquals(AuthorisationStatus.GRANTED, authorisation.status());
            assertEquals(clock.instant(), event.occurredAt());
            assertEquals(OTHER_CMB_OFFICER.id(), event.actor());
            assertEquals(authorisation.id(), event.authorisationId());
            assertEquals(MANAGER.id(), event.holder());
            assertEquals(previousUntil, event.previousUntil());
            assertEquals(newUntil, event.newUntil());
        }

        @Test
        void a_suspended_authorisation_can_be_renewed_and_stays_suspended() {
            Authorisation authorisation = Stage.SUSPENDED.of(clock);
            Instant newUntil = authorisation.period().until().plus(Duration.ofDays(30));

            authorisation.renew(GRANTOR, newUntil, clock);

            assertEquals(AuthorisationStatus.SUSPENDED, authorisation.status());
            assertEquals(newUntil, authorisation.period().until());
        }

        @Test
        void a_renewal_may_run_up_to_two_years_ahead_of_the_renewal_even_if_the_whole_period_is_longer() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            clock.advanceDays(360);
            Instant twoYearsAhead = clock.instant().plus(ValidityPeriod.MAXIMUM_TERM);

            authorisation.renew(GRANTOR, twoYearsAhead, clock);

            assertTrue(authorisation.period().length().compareTo(ValidityPeriod.MAXIMUM_TERM) > 0);
        }

        @Test
        void a_renewal_must_end_later_than_the_current_period() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            Instant until = authorisation.period().until();

            assertRefusedUnchanged(authorisation, AuthorisationCodes.RENEWAL_MUST_EXTEND_PERIOD,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION, () -> authorisation.renew(GRANTOR, until, clock));
            assertRefusedUnchanged(authorisation, AuthorisationCodes.RENEWAL_MUST_EXTEND_PERIOD,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    () -> authorisation.renew(GRANTOR, until.minus(Duration.ofDays(1)), clock));
        }

        @Test
        void a_renewal_cannot_run_more_than_two_years_ahead() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            Instant tooFar = clock.instant().plus(ValidityPeriod.MAXIMUM_TERM).plusSeconds(1);

            assertRefusedUnchanged(authorisation, AuthorisationCodes.PERIOD_TOO_LONG,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION, () -> authorisation.renew(GRANTOR, tooFar, clock));
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"REVOKED", "EXPIRED", "LAPSED", "SUSPENDED_AND_LAPSED"})
        void a_revoked_or_expired_authorisation_cannot_be_renewed(Stage stage) {
            Authorisation authorisation = stage.of(clock);
            Instant later = clock.instant().plus(Duration.ofDays(90));

            assertStateForbids(authorisation, stage, () -> authorisation.renew(GRANTOR, later, clock));
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class RecordingExpiry {

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"LAPSED", "SUSPENDED_AND_LAPSED"})
        void the_expiry_of_an_authorisation_whose_period_has_ended_is_recorded_as_of_the_end(Stage stage) {
            Authorisation authorisation = stage.of(clock);
            Instant end = authorisation.period().until();

            AuthorisationExpired event = authorisation.recordExpiry(clock);

            assertEquals(AuthorisationStatus.EXPIRED, authorisation.status());
            assertEquals(new StatusChange(AuthorisationStatus.EXPIRED, end, ""),
                    authorisation.history().get(authorisation.history().size() - 1));
            assertEquals(clock.instant(), event.occurredAt());
            assertEquals(end, event.endedAt());
            assertEquals(authorisation.id(), event.authorisationId());
            assertEquals(MANAGER.id(), event.holder());
            assertNull(event.actor(), "no person causes an expiry");
        }

        @Test
        void the_expiry_can_be_recorded_at_the_very_end_of_the_period() {
            Authorisation authorisation = aManagerAuthorisation().granted(clock);
            clock.setTo(authorisation.period().until());

            authorisation.recordExpiry(clock);

            assertEquals(AuthorisationStatus.EXPIRED, authorisation.status());
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"GRANTED", "SUSPENDED"})
        void the_expiry_cannot_be_recorded_before_the_period_ends(Stage stage) {
            Authorisation authorisation = stage.of(clock);
            clock.setTo(authorisation.period().until().minusNanos(1));

            assertRefusedUnchanged(authorisation, AuthorisationCodes.PERIOD_NOT_ENDED,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION, () -> authorisation.recordExpiry(clock));
        }

        @ParameterizedTest
        @EnumSource(value = Stage.class, names = {"REVOKED", "EXPIRED"})
        void a_revoked_or_already_expired_authorisation_cannot_expire(Stage stage) {
            Authorisation authorisation = stage.of(clock);
            clock.setTo(authorisation.period().until().plus(Duration.ofDays(5)));

            assertStateForbids(authorisation, stage, () -> authorisation.recordExpiry(clock));
        }
    }

    @Nested
    @DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
    class SegregatingDuties {

        /** Each command taken by an actor, on an authorisation in a stage where it would otherwise be allowed. */
        enum Command {
            SUSPEND(Stage.GRANTED), REINSTATE(Stage.SUSPENDED), REVOKE(Stage.GRANTED), RENEW(Stage.GRANTED);

            private final Stage allowedIn;

            Command(Stage allowedIn) {
                this.allowedIn = allowedIn;
            }

            void by(Employee actor, Authorisation authorisation, Clock clock) {
                switch (this) {
                    case SUSPEND -> authorisation.suspend(actor, "reason", clock);
                    case REINSTATE -> authorisation.reinstate(actor, "reason", clock);
                    case REVOKE -> authorisation.revoke(actor, "reason", clock);
                    case RENEW -> authorisation.renew(actor, authorisation.period().until().plusSeconds(60), clock);
                    default -> throw new IllegalStateException();
                }
            }
        }

        @ParameterizedTest
        @EnumSource(Command.class)
        void only_cmb_staff_can_administer_an_authorisation(Command command) {
            Authorisation authorisation = command.allowedIn.of(clock);

            assertRefusedUnchanged(authorisation, AuthorisationCodes.ACTOR_NOT_IN_CMB,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION, () -> command.by(OUTSIDER, authorisation, clock));
        }

        @ParameterizedTest
        @EnumSource(Command.class)
        void nobody_can_administer_their_own_authorisation(Command command) {
            Authorisation authorisation = command.allowedIn.of(clock);

            assertRefusedUnchanged(authorisation, AuthorisationCodes.ACTOR_IS_HOLDER,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION, () -> command.by(MANAGER, authorisation, clock));
        }

        @ParameterizedTest
        @EnumSource(Command.class)
        void any_cmb_officer_other_than_the_holder_can_administer_an_authorisation(Command command) {
            Authorisation authorisation = command.allowedIn.of(clock);
            AuthorisationSnapshot before = authorisation.snapshot();

            command.by(OTHER_CMB_OFFICER, authorisation, clock);

            assertFalse(before.equals(authorisation.snapshot()));
        }

        @Test
        void a_cmb_officer_who_is_also_a_contributor_cannot_suspend_their_own_authorisation() {
            Authorisation authorisation = aContributorAuthorisation().heldBy(OTHER_CMB_OFFICER).granted(clock);

            assertRefusedUnchanged(authorisation, AuthorisationCodes.ACTOR_IS_HOLDER,
                    PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    () -> authorisation.suspend(OTHER_CMB_OFFICER, "self", clock));
        }

        @Test
        void the_rule_allows_a_cmb_officer_acting_on_someone_elses_authorisation() {
            assertTrue(SegregationOfDuties.decide(GRANTOR, MANAGER.id(), "suspend an authorisation").isAllowed());
            assertFalse(SegregationOfDuties.decide(MANAGER, MANAGER.id(), "suspend an authorisation").isAllowed());
            assertFalse(SegregationOfDuties.decide(OUTSIDER, MANAGER.id(), "suspend an authorisation").isAllowed());
        }
    }

    @Test
    void a_command_with_a_clock_earlier_than_the_last_change_is_rejected() {
        Authorisation authorisation = Stage.SUSPENDED.of(clock);
        AuthorisationSnapshot before = authorisation.snapshot();
        clock.setTo(TestClock.START);

        assertThrows(IllegalArgumentException.class, () -> authorisation.reinstate(GRANTOR, "Review completed", clock));
        assertEquals(before, authorisation.snapshot());
    }
}
