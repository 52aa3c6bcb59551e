package au.gov.dss.socialmedia.domain.authorisation;

import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.CONTRIBUTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_FACEBOOK;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.DSS_TWITTER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.GRANTOR;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.MANAGER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.OTHER_CMB_OFFICER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.OUTSIDER;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aContributorAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.aManagerAuthorisation;
import static au.gov.dss.socialmedia.domain.authorisation.RefusalAssertions.assertDoesNotHold;
import static au.gov.dss.socialmedia.domain.authorisation.RefusalAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.authorisation.AuthorisationFixture.Stage;
import au.gov.dss.socialmedia.domain.common.AuthorisationId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.InMemoryEmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.TestClock;
import java.time.Duration;
import java.time.Instant;
import au.gov.dss.socialmedia.domain.common.AccountId;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorisationRegisterTest {

    private static final PolicyClause AUTHORISATION = PolicyClause.OFFICIAL_USE_AUTHORISATION;

    private final TestClock clock = new TestClock();
    private final InMemoryAuthorisationRepository repository = new InMemoryAuthorisationRepository();
    private final InMemoryEmployeeDirectory directory = AuthorisationFixture.directory();
    private final AuthorisationRegister register = new AuthorisationRegister(repository, directory);

    private Authorisation stored(Authorisation authorisation) {
        repository.save(authorisation);
        return authorisation;
    }

    private AuthorityAnswer contributorMayPublishOnTwitter() {
        return register.authorityFor(CONTRIBUTOR.id(), Activity.PUBLISH, DSS_TWITTER, clock.instant());
    }

    // ----------------------------------------------------------------------------------------- authorityFor

    @Test
    void an_employee_without_any_authorisation_holds_no_authority() {
        Refusal no = assertDoesNotHold(AuthorisationCodes.NO_AUTHORISATION, AUTHORISATION,
                register.authorityFor(OUTSIDER.id(), Activity.PUBLISH, DSS_TWITTER, clock.instant()));

        assertTrue(no.reason().contains("employee " + OUTSIDER.id() + " holds no authorisation"), no.reason());
    }

    @Test
    void an_employee_with_an_authorisation_in_force_and_in_scope_holds_authority() {
        Authorisation authorisation = stored(aContributorAuthorisation().granted(clock));

        assertEquals(new AuthorityAnswer.Holds(authorisation.id()), contributorMayPublishOnTwitter());
    }

    @Test
    void the_accounts_open_to_an_employee_are_those_each_of_which_the_register_would_answer_holds_for() {
        stored(aContributorAuthorisation().scope(AccountScope.of(DSS_FACEBOOK), Activity.PUBLISH).granted(clock));
        stored(Stage.SUSPENDED.bring(aContributorAuthorisation().granted(clock), clock));
        List<AccountId> asked = List.of(DSS_TWITTER, DSS_FACEBOOK);
        List<AccountId> open = register.openTo(CONTRIBUTOR.id(), asked, account -> account, account -> Activity.PUBLISH,
                clock.instant());
        assertEquals(List.of(DSS_FACEBOOK), open);
        for (AccountId account : asked) {
            assertEquals(open.contains(account), register.authorityFor(CONTRIBUTOR.id(), Activity.PUBLISH, account,
                    clock.instant()).holds(), "the same answer as authorityFor for " + account);
        }
        assertEquals(List.of(), register.openTo(OUTSIDER.id(), asked, account -> account, account -> Activity.PUBLISH,
                clock.instant()));
    }

    @Test
    void any_one_authorisation_that_grants_the_authority_is_enough() {
        stored(Stage.REVOKED.bring(aContributorAuthorisation().granted(clock), clock));
        Authorisation facebook = stored(aContributorAuthorisation()
                .scope(AccountScope.of(DSS_FACEBOOK), Activity.PUBLISH).granted(clock));
        Authorisation twitter = stored(aContributorAuthorisation().granted(clock));

        assertEquals(new AuthorityAnswer.Holds(twitter.id()), contributorMayPublishOnTwitter());
        assertEquals(new AuthorityAnswer.Holds(facebook.id()),
                register.authorityFor(CONTRIBUTOR.id(), Activity.PUBLISH, DSS_FACEBOOK, clock.instant()));
    }

    @Test
    void the_reason_comes_from_the_authorisation_covering_the_account_and_activity_rather_than_another() {
        stored(aContributorAuthorisation().scope(AccountScope.of(DSS_FACEBOOK), Activity.PUBLISH).granted(clock));
        stored(Stage.SUSPENDED.bring(aContributorAuthorisation().granted(clock), clock));

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION, contributorMayPublishOnTwitter());
    }

    @Test
    void the_reason_comes_from_the_authorisation_nearest_to_being_in_force() {
        Authorisation revoked = aContributorAuthorisation().granted(clock);
        Authorisation lapsed = aContributorAuthorisation().period(ValidityPeriod.starting(TestClock.START,
                Duration.ofDays(30))).granted(clock);
        clock.advanceDays(1);
        revoked.revoke(GRANTOR, "misconduct", clock);
        stored(revoked);
        stored(lapsed);
        clock.advanceDays(60);

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_EXPIRED, AUTHORISATION, contributorMayPublishOnTwitter());
    }

    @Test
    void an_authorisation_for_another_account_gives_the_account_as_the_reason() {
        stored(aContributorAuthorisation().scope(AccountScope.of(DSS_FACEBOOK), Activity.PUBLISH).granted(clock));

        assertDoesNotHold(AuthorisationCodes.ACCOUNT_OUTSIDE_SCOPE, AUTHORISATION, contributorMayPublishOnTwitter());
    }

    @Test
    void an_authorisation_for_other_activities_gives_the_activity_as_the_reason() {
        stored(aContributorAuthorisation().granted(clock));

        assertDoesNotHold(AuthorisationCodes.ACTIVITY_OUTSIDE_SCOPE, AUTHORISATION,
                register.authorityFor(CONTRIBUTOR.id(), Activity.MODERATE, DSS_TWITTER, clock.instant()));
    }

    @Test
    void a_revoked_authorisation_gives_the_revocation_as_the_reason() {
        stored(Stage.REVOKED.bring(aContributorAuthorisation().granted(clock), clock));

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_REVOKED, AUTHORISATION, contributorMayPublishOnTwitter());
    }

    @Test
    void an_authorisation_not_yet_in_force_gives_its_start_as_the_reason() {
        stored(aContributorAuthorisation().period(ValidityPeriod.starting(TestClock.START.plus(Duration.ofDays(7)),
                Duration.ofDays(30))).granted(clock));

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_NOT_YET_IN_FORCE, AUTHORISATION,
                contributorMayPublishOnTwitter());
    }

    @Test
    void an_authorisation_whose_period_ended_gives_the_expiry_as_the_reason() {
        stored(Stage.LAPSED.bring(aContributorAuthorisation().granted(clock), clock));

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_EXPIRED, AUTHORISATION, contributorMayPublishOnTwitter());
    }

    @Test
    void a_communication_account_manager_who_has_left_cmb_no_longer_holds_authority() {
        stored(aManagerAuthorisation().granted(clock));
        directory.save(MANAGER.movedTo(EmployeeFixture.FAMILIES));

        Refusal no = assertDoesNotHold(AuthorisationCodes.MANAGER_NO_LONGER_IN_CMB,
                PolicyClause.PRINCIPLE_ADMINISTRATION,
                register.authorityFor(MANAGER.id(), Activity.PUBLISH, DSS_TWITTER, clock.instant()));
        assertTrue(no.reason().contains("FAM"), no.reason());
    }

    @Test
    void a_contributor_who_moves_to_another_business_area_keeps_their_authority() {
        Authorisation authorisation = stored(aContributorAuthorisation().granted(clock));
        directory.save(CONTRIBUTOR.movedTo(BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT));

        assertEquals(new AuthorityAnswer.Holds(authorisation.id()), contributorMayPublishOnTwitter());
    }

    @Test
    void an_employee_no_longer_in_the_directory_holds_no_authority() {
        stored(aContributorAuthorisation().granted(clock));
        InMemoryEmployeeDirectory withoutContributor = InMemoryEmployeeDirectory.of(GRANTOR, MANAGER);
        AuthorisationRegister registerAfterDeparture = new AuthorisationRegister(repository, withoutContributor);

        assertDoesNotHold(AuthorisationCodes.EMPLOYEE_NOT_IN_DIRECTORY, AUTHORISATION,
                registerAfterDeparture.authorityFor(CONTRIBUTOR.id(), Activity.PUBLISH, DSS_TWITTER,
                        clock.instant()));
    }

    @Test
    void the_register_sees_changes_only_once_they_are_saved() {
        Authorisation authorisation = stored(aContributorAuthorisation().granted(clock));
        clock.advanceDays(1);
        authorisation.suspend(GRANTOR, "review", clock);

        assertTrue(contributorMayPublishOnTwitter().holds());
        repository.save(authorisation);
        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION, contributorMayPublishOnTwitter());
    }

    // ----------------------------------------------------------------------------------------- roleHeld

    @Test
    void a_current_communication_account_manager_holds_the_role() {
        Authorisation authorisation = stored(aManagerAuthorisation().granted(clock));

        assertEquals(new AuthorityAnswer.Holds(authorisation.id()),
                register.roleHeld(MANAGER.id(), Role.COMMUNICATION_ACCOUNT_MANAGER, clock.instant()));
    }

    @Test
    void an_employee_authorised_in_another_role_does_not_hold_the_role() {
        stored(aContributorAuthorisation().heldBy(OTHER_CMB_OFFICER).granted(clock));

        assertDoesNotHold(AuthorisationCodes.ROLE_NOT_HELD, PolicyClause.PRINCIPLE_ADMINISTRATION,
                register.roleHeld(OTHER_CMB_OFFICER.id(), Role.COMMUNICATION_ACCOUNT_MANAGER, clock.instant()));
        assertDoesNotHold(AuthorisationCodes.ROLE_NOT_HELD, AUTHORISATION,
                register.roleHeld(MANAGER.id(), Role.AUTHORISED_CONTRIBUTOR, clock.instant()));
    }

    @Test
    void a_suspended_communication_account_manager_does_not_hold_the_role() {
        stored(Stage.SUSPENDED.of(clock));

        assertDoesNotHold(AuthorisationCodes.AUTHORISATION_SUSPENDED, AUTHORISATION,
                register.roleHeld(MANAGER.id(), Role.COMMUNICATION_ACCOUNT_MANAGER, clock.instant()));
    }

    @Test
    void a_communication_account_manager_who_moved_out_of_cmb_does_not_hold_the_role() {
        stored(aManagerAuthorisation().granted(clock));
        directory.save(MANAGER.movedTo(EmployeeFixture.FAMILIES));

        assertDoesNotHold(AuthorisationCodes.MANAGER_NO_LONGER_IN_CMB, PolicyClause.PRINCIPLE_ADMINISTRATION,
                register.roleHeld(MANAGER.id(), Role.COMMUNICATION_ACCOUNT_MANAGER, clock.instant()));
    }

    @Test
    void the_role_is_held_through_any_authorisation_in_force_in_it() {
        stored(Stage.REVOKED.of(clock));
        Authorisation current = stored(aManagerAuthorisation().grantedBy(OTHER_CMB_OFFICER).granted(clock));

        assertEquals(new AuthorityAnswer.Holds(current.id()),
                register.roleHeld(MANAGER.id(), Role.COMMUNICATION_ACCOUNT_MANAGER, clock.instant()));
    }

    // ----------------------------------------------------------------------------------------- who may, expiring

    @Test
    void the_register_lists_who_may_do_an_activity_on_an_account_now() {
        Authorisation manager = stored(aManagerAuthorisation().granted(clock));
        Authorisation contributor = stored(aContributorAuthorisation().granted(clock));
        stored(Stage.SUSPENDED.bring(aManagerAuthorisation().heldBy(OTHER_CMB_OFFICER).granted(clock), clock));
        Instant now = clock.instant();

        assertEquals(List.of(
                        new AuthorisedEmployee(MANAGER.id(), manager.id(), Role.COMMUNICATION_ACCOUNT_MANAGER,
                                manager.period().until()),
                        new AuthorisedEmployee(CONTRIBUTOR.id(), contributor.id(), Role.AUTHORISED_CONTRIBUTOR,
                                contributor.period().until())),
                register.whoMay(Activity.PUBLISH, DSS_TWITTER, now));
        assertEquals(List.of(manager.id()), authorisationsOf(register.whoMay(Activity.PUBLISH, DSS_FACEBOOK, now)));
        assertEquals(List.of(manager.id()), authorisationsOf(register.whoMay(Activity.MODERATE, DSS_TWITTER, now)));
    }

    @Test
    void a_communication_account_manager_who_left_cmb_is_not_listed() {
        stored(aManagerAuthorisation().granted(clock));
        directory.save(MANAGER.movedTo(EmployeeFixture.FAMILIES));

        assertEquals(List.of(), register.whoMay(Activity.PUBLISH, DSS_TWITTER, clock.instant()));
    }

    @Test
    void the_expiring_soon_list_holds_authorisations_ending_in_the_next_thirty_days_soonest_first() {
        Authorisation inTwentyDays = stored(aManagerAuthorisation()
                .period(ValidityPeriod.starting(TestClock.START, Duration.ofDays(20))).granted(clock));
        Authorisation inTenDays = stored(aContributorAuthorisation()
                .period(ValidityPeriod.starting(TestClock.START, Duration.ofDays(10))).granted(clock));
        stored(aManagerAuthorisation().period(ValidityPeriod.starting(TestClock.START, Duration.ofDays(31)))
                .granted(clock));
        stored(Stage.REVOKED.bring(aContributorAuthorisation()
                .period(ValidityPeriod.starting(TestClock.START, Duration.ofDays(15))).granted(clock), clock));

        List<Authorisation> expiring = register.expiringSoon(clock.instant());

        assertEquals(List.of(inTenDays.id(), inTwentyDays.id()), expiring.stream().map(Authorisation::id).toList());
    }

    @Test
    void the_expiry_job_finds_authorisations_whose_period_ended_without_a_recorded_expiry() {
        Authorisation lapsed = stored(aManagerAuthorisation()
                .period(ValidityPeriod.starting(TestClock.START, Duration.ofDays(5))).granted(clock));
        Authorisation recorded = aContributorAuthorisation()
                .period(ValidityPeriod.starting(TestClock.START, Duration.ofDays(5))).granted(clock);
        stored(aContributorAuthorisation().granted(clock));
        clock.advanceDays(6);
        recorded.recordExpiry(clock);
        stored(recorded);

        assertEquals(List.of(lapsed.id()), register.awaitingExpiryRecord(clock.instant()).stream()
                .map(Authorisation::id).toList());
    }

    // ----------------------------------------------------------------------------------------- repository

    @Test
    void an_unknown_authorisation_is_refused_by_the_repository() {
        assertRefused(AuthorisationCodes.UNKNOWN_AUTHORISATION, AUTHORISATION,
                () -> repository.get(AuthorisationId.newId()));
    }

    @Test
    void the_repository_gives_back_what_was_saved() {
        Authorisation authorisation = stored(Stage.SUSPENDED.of(clock));

        assertEquals(authorisation.snapshot(), repository.get(authorisation.id()).snapshot());
        assertEquals(List.of(authorisation.id()),
                repository.findByHolder(MANAGER.id()).stream().map(Authorisation::id).toList());
    }

    private static List<AuthorisationId> authorisationsOf(List<AuthorisedEmployee> lines) {
        return lines.stream().map(AuthorisedEmployee::authorisation).toList();
    }
}
