package au.gov.dss.socialmedia.domain.authorisation;

import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_FACEBOOK;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_LINKEDIN;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_TWITTER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.GRANTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aContributorAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aManagerAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.RefusalAssertions.assertDoesNotHold;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.Stage;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorityQuestionTest {

    private static final PolicyClause AUTHORISATION = PolicyClause.OFFICIAL_USE_AUTHORISATION;

    private final TestClock clock = new TestClock();

    @Test
    void a_communication_account_manager_in_force_may_do_every_activity_on_every_cmb_account() {
        Authorisation authorisation = aManagerAuthorisation().granted(clock);

        for (Activity activity : Activity.values()) {
            assertEquals(new AuthorityAnswer.Holds(authorisation.id()),
                    authorisation.authorises(activity, AccountId.newId(), clock.instant()));
        }
    }

    @Test
    void a_contributor_may_do_the_activities_in_scope_on_the_accounts_in_scope() {
        Authorisation authorisation = aContributorAuthorisation().granted(clock);

        assertEquals(new AuthorityAnswer.Holds(authorisation.id()),
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, clock.instant()));
        assertEquals(new AuthorityAnswer.Holds(authorisation.id()),
                authorisation.authorises(Activity.RESPOND, DSS_TWITTER, clock.instant()));
    }

    @Test
    void an_activity_outside_the_scope_is_not_authorised() {
        Authorisation authorisation = aContributorAuthorisation().granted(clock);

        Refusal no = assertDoesNotHold(AuthorisationCodes.ACTIVITY_OUTSIDE_SCOPE, AUTHORISATION,
                authorisation.authorises(Activity.MODERATE, DSS_TWITTER, clock.instant()));
        assertTrue(no.reason().contains("MODERATE"), no.reason());
    }

    @Test
    void an_account_outside_the_scope_is_not_authorised() {
        Authorisation authorisation = aContributorAuthorisation().granted(clock);

        Refusal no = assertDoesNotHold(AuthorisationCodes.ACCOUNT_OUTSIDE_SCOPE, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_FACEBOOK, clock.instant()));
        assertTrue(no.reason().contains(DSS_FACEBOOK.toString()), no.reason());
    }

    @Test
    void the_activity_is_checked_before_the_account() {
        Authorisation authorisation = aContributorAuthorisation().granted(clock);

        assertDoesNotHold(AuthorisationCodes.ACTIVITY_OUTSIDE_SCOPE, AUTHORISATION,
                authorisation.authorises(Activity.MODERATE, DSS_LINKEDIN, clock.instant()));
    }

    @Test
    void a_suspended_authorisation_authorises_nothing_and_says_why() {
        Authorisation authorisation = Stage.SUSPENDED.of(clock);

        Refusal no = assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, clock.instant()));
        assertTrue(no.reason().contains("complaint under review"), no.reason());
    }

    @Test
    void a_revoked_authorisation_authorises_nothing_and_says_why() {
        Authorisation authorisation = Stage.REVOKED.of(clock);

        Refusal no = assertDoesNotHold(AuthorisationCodes.AUTHORISATION_REVOKED, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, clock.instant()));
        assertTrue(no.reason().contains("moved to another role"), no.reason());
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"EXPIRED", "LAPSED", "SUSPENDED_AND_LAPSED"})
    void an_authorisation_whose_period_has_ended_authorises_nothing_whether_or_not_the_expiry_is_recorded(
            Stage stage) {
        Authorisation authorisation = stage.of(clock);

        Refusal no = assertDoesNotHold(AuthorisationCodes.AUTHORISATION_EXPIRED, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, clock.instant()));
        assertTrue(no.reason().contains(authorisation.period().until().toString()), no.reason());
        assertEquals(AuthorisationStatus.EXPIRED, authorisation.statusAt(clock.instant()));
    }

    @Test
    void the_status_is_checked_before_the_scope() {
        Authorisation authorisation = Stage.SUSPENDED.bring(aContributorAuthorisation().granted(clock), clock);

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION,
                authorisation.authorises(Activity.MODERATE, DSS_FACEBOOK, clock.instant()));
    }

    @Test
    void an_authorisation_is_not_in_force_before_its_period_starts() {
        Instant nextMonth = TestClock.START.plus(Duration.ofDays(30));
        Authorisation authorisation = aManagerAuthorisation()
                .period(ValidityPeriod.starting(nextMonth, Duration.ofDays(90))).granted(clock);

        Refusal no = assertDoesNotHold(AuthorisationCodes.AUTHORISATION_NOT_YET_IN_FORCE, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, nextMonth.minusNanos(1)));
        assertTrue(no.reason().contains(nextMonth.toString()), no.reason());
        assertEquals(AuthorisationStatus.GRANTED, authorisation.statusAt(TestClock.START));
        assertFalse(authorisation.isInForceAt(TestClock.START));
        assertTrue(authorisation.isInForceAt(nextMonth));
        assertEquals(nextMonth, authorisation.inForceFrom());
    }

    @Test
    void an_authorisation_is_never_in_force_before_it_was_granted_whatever_its_period_says() {
        Instant lastWeek = TestClock.START.minus(Duration.ofDays(7));
        Authorisation authorisation = aManagerAuthorisation()
                .period(ValidityPeriod.starting(lastWeek, Duration.ofDays(90))).granted(clock);

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_NOT_YET_IN_FORCE, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, lastWeek.plus(Duration.ofDays(1))));
        assertEquals(TestClock.START, authorisation.inForceFrom());
        assertTrue(authorisation.isInForceAt(TestClock.START));
    }

    @Test
    void the_question_about_a_past_instant_is_answered_with_the_status_then() {
        Authorisation authorisation = aManagerAuthorisation().granted(clock);
        Instant beforeSuspension = clock.advanceDays(5).instant();
        Instant suspendedAt = clock.advanceDays(1).instant();
        authorisation.suspend(GRANTOR, "investigation", clock);
        Instant reinstatedAt = clock.advanceDays(10).instant();
        authorisation.reinstate(GRANTOR, "Review completed", clock);
        Instant revokedAt = clock.advanceDays(10).instant();
        authorisation.revoke(GRANTOR, "left the team", clock);

        assertTrue(authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, beforeSuspension).holds());
        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, suspendedAt));
        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, reinstatedAt.minusNanos(1)));
        assertTrue(authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, reinstatedAt).holds());
        assertTrue(authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, revokedAt.minusNanos(1)).holds());
        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_REVOKED, AUTHORISATION,
                authorisation.authorises(Activity.PUBLISH, DSS_TWITTER, revokedAt));
    }

    @Test
    void a_granted_authorisation_is_effectively_expired_from_the_end_of_its_period() {
        Authorisation authorisation = aManagerAuthorisation().granted(clock);
        Instant end = authorisation.period().until();

        assertEquals(AuthorisationStatus.GRANTED, authorisation.statusAt(end.minusNanos(1)));
        assertEquals(AuthorisationStatus.EXPIRED, authorisation.statusAt(end));
        assertEquals(AuthorisationStatus.GRANTED, authorisation.status(), "nobody recorded the expiry yet");
        assertTrue(authorisation.isInForceAt(end.minusNanos(1)));
        assertFalse(authorisation.isInForceAt(end));
    }

    @Test
    void a_revoked_authorisation_stays_revoked_after_its_period_would_have_ended() {
        Authorisation authorisation = Stage.REVOKED.of(clock);

        assertEquals(AuthorisationStatus.REVOKED,
                authorisation.statusAt(authorisation.period().until().plus(Duration.ofDays(1))));
    }

    @Test
    void the_standing_of_an_authorisation_ignores_its_scope() {
        Authorisation authorisation = aContributorAuthorisation().granted(clock);

        assertEquals(new AuthorityAnswer.Holds(authorisation.id()), authorisation.standingAt(clock.instant()));
        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_NOT_YET_IN_FORCE, AUTHORISATION,
                authorisation.standingAt(TestClock.START.minusSeconds(1)));
    }
}
