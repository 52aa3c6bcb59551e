package au.gov.dss.socialmedia.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountActivated;
import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountDecommissioned;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeFixture;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.TestClock;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeFixture;
import au.gov.dss.socialmedia.domain.initiative.InitiativeStatus;
import au.gov.dss.socialmedia.domain.testing.FakeAuthority;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SocialMediaAccountTest {

    private final TestClock clock = new TestClock();
    private final Employee cmbOfficer = EmployeeFixture.cmbOfficer("C100");
    private final Employee manager = EmployeeFixture.cmbOfficer("C101");
    private final Employee familiesOfficer = EmployeeFixture.familiesOfficer("F100");
    private final FakeAuthority authority = new FakeAuthority().manager(manager.id());
    private final Initiative approvedInitiative = InitiativeFixture.approved(clock);

    private SocialMediaAccount proposedFor(Initiative initiative) {
        return SocialMediaAccount.propose(cmbOfficer, AccountFixture.xAccount(), "News for families",
                EmployeeFixture.FAMILIES, manager, initiative.id(), clock).account();
    }

    private SocialMediaAccount active() {
        SocialMediaAccount account = proposedFor(approvedInitiative);
        account.activate(cmbOfficer, approvedInitiative, authority, clock);
        return account;
    }

    private SocialMediaAccount inState(AccountState state) {
        SocialMediaAccount account = state == AccountState.PROPOSED ? proposedFor(approvedInitiative) : active();
        if (state == AccountState.SUSPENDED) {
            account.suspend(cmbOfficer, "Compromised password", clock);
        } else if (state == AccountState.DECOMMISSIONED) {
            account.decommission(cmbOfficer, "Campaign over", clock);
        }
        return account;
    }

    private static CommandRefusedException refusedUnchanged(SocialMediaAccount account,
                                                            Consumer<SocialMediaAccount> command) {
        AccountSnapshot before = account.snapshot();
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> command.accept(account));
        assertEquals(before, account.snapshot(), "a refused command leaves the account exactly as it was");
        return refused;
    }

    @Test
    void cmb_proposes_an_account_for_an_initiative() {
        SocialMediaAccount.Proposal proposal = SocialMediaAccount.propose(cmbOfficer, AccountFixture.xAccount(),
                "News for families", EmployeeFixture.FAMILIES, manager, approvedInitiative.id(), clock);
        assertEquals(AccountState.PROPOSED, proposal.account().state());
        assertEquals(manager.id(), proposal.event().administrator());
        assertEquals(clock.instant(), proposal.event().occurredAt());
        assertEquals("FAM", proposal.event().owningArea());
    }

    @Test
    void only_cmb_proposes_an_official_account() {
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> SocialMediaAccount
                .propose(familiesOfficer, AccountFixture.xAccount(), "Our own account", EmployeeFixture.FAMILIES,
                        manager, approvedInitiative.id(), clock));
        assertEquals("ACCOUNT_ADMINISTRATION_RESERVED_TO_CMB", refused.code());
        assertEquals(PolicyClause.OFFICIAL_USE_AUTHORISATION, refused.refusal().clause());
    }

    @Test
    void an_account_is_administered_by_someone_in_cmb() {
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () -> SocialMediaAccount
                .propose(cmbOfficer, AccountFixture.xAccount(), "News", EmployeeFixture.FAMILIES, familiesOfficer,
                        approvedInitiative.id(), clock));
        assertEquals("ADMINISTRATOR_NOT_IN_CMB", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_ADMINISTRATION, refused.refusal().clause());
    }

    @Test
    void an_account_for_an_approved_initiative_with_a_current_account_manager_goes_live() {
        SocialMediaAccount account = proposedFor(approvedInitiative);
        AccountActivated activated = account.activate(cmbOfficer, approvedInitiative, authority, clock);
        assertEquals(AccountState.ACTIVE, account.state());
        assertEquals(approvedInitiative.id(), activated.initiative());
        assertTrue(account.acceptsPublication().isAllowed());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"APPROVED", "ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void an_account_cannot_become_active_without_an_approved_initiative(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);
        CommandRefusedException refused = refusedUnchanged(proposedFor(initiative),
                a -> a.activate(cmbOfficer, initiative, authority, clock));
        assertEquals("ACCOUNT_NEEDS_APPROVED_INITIATIVE", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_APPROVED_ACTIVITY, refused.refusal().clause());
        assertTrue(refused.getMessage().contains(status.label()), refused.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"APPROVED", "ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void an_account_is_proposed_only_for_an_approved_initiative(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);
        var refused = AccountActivationPolicy.mayServe(initiative);
        assertFalse(refused.isAllowed());
        assertEquals("ACCOUNT_NEEDS_APPROVED_INITIATIVE", ((au.gov.dss.socialmedia.domain.common.Decision.Refused)
                refused).refusal().code());
        assertTrue(AccountActivationPolicy.mayServe(InitiativeFixture.inState(InitiativeStatus.APPROVED, clock))
                .isAllowed());
    }

    @ParameterizedTest
    @EnumSource(value = InitiativeStatus.class, names = {"APPROVED", "ACTIVE"}, mode = EnumSource.Mode.EXCLUDE)
    void proposing_an_account_for_an_initiative_cmb_has_not_approved_is_refused(InitiativeStatus status) {
        Initiative initiative = InitiativeFixture.inState(status, clock);
        CommandRefusedException refused = assertThrows(CommandRefusedException.class, () ->
                SocialMediaAccount.propose(cmbOfficer, AccountFixture.xAccount(), "News for families",
                        EmployeeFixture.FAMILIES, manager, initiative, clock));
        assertEquals("ACCOUNT_NEEDS_APPROVED_INITIATIVE", refused.refusal().code());
        assertEquals(approvedInitiative.id(), SocialMediaAccount.propose(cmbOfficer, AccountFixture.xAccount(),
                "News for families", EmployeeFixture.FAMILIES, manager, approvedInitiative, clock).account()
                .initiative());
    }

    @Test
    void an_account_of_an_initiative_already_active_may_go_live() {
        Initiative initiative = InitiativeFixture.active(clock);
        SocialMediaAccount account = proposedFor(initiative);
        account.activate(cmbOfficer, initiative, authority, clock);
        assertEquals(AccountState.ACTIVE, account.state());
    }

    @Test
    void the_approval_of_another_initiative_does_not_count() {
        Initiative other = InitiativeFixture.approved(clock);
        assertEquals("INITIATIVE_MISMATCH", refusedUnchanged(proposedFor(InitiativeFixture.submitted(clock)),
                a -> a.activate(cmbOfficer, other, authority, clock)).code());
    }

    @Test
    void an_account_cannot_become_active_while_its_administrator_holds_no_current_manager_authorisation() {
        authority.revokeAll(manager.id());
        CommandRefusedException refused = refusedUnchanged(proposedFor(approvedInitiative),
                a -> a.activate(cmbOfficer, approvedInitiative, authority, clock));
        assertEquals("ADMINISTRATOR_NOT_AUTHORISED", refused.code());
        assertEquals(PolicyClause.PRINCIPLE_ADMINISTRATION, refused.refusal().clause());
    }

    @Test
    void only_cmb_activates_an_account() {
        assertEquals("ACCOUNT_ADMINISTRATION_RESERVED_TO_CMB", refusedUnchanged(proposedFor(approvedInitiative),
                a -> a.activate(familiesOfficer, approvedInitiative, authority, clock)).code());
    }

    @ParameterizedTest
    @EnumSource(value = AccountState.class, names = "PROPOSED", mode = EnumSource.Mode.EXCLUDE)
    void only_a_proposed_account_is_activated(AccountState state) {
        CommandRefusedException refused = refusedUnchanged(inState(state),
                a -> a.activate(cmbOfficer, approvedInitiative, authority, clock));
        assertEquals("STATE_FORBIDS_ACTION", refused.code());
        assertTrue(refused.getMessage().contains("that is " + state.name()), refused.getMessage());
    }

    @Test
    void a_live_account_is_suspended_with_a_reason_and_stops_accepting_posts() {
        SocialMediaAccount account = active();
        assertEquals("Compromised password", account.suspend(cmbOfficer, "Compromised password", clock).reason());
        assertEquals(AccountState.SUSPENDED, account.state());
        assertEquals("ACCOUNT_NOT_ACTIVE", ((au.gov.dss.socialmedia.domain.common.Decision.Refused)
                account.acceptsPublication()).refusal().code());
    }

    @ParameterizedTest
    @EnumSource(value = AccountState.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void only_a_live_account_is_suspended(AccountState state) {
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(inState(state),
                a -> a.suspend(cmbOfficer, "Reason", clock)).code());
    }

    @Test
    void a_suspension_needs_a_reason() {
        SocialMediaAccount account = active();
        assertThrows(IllegalArgumentException.class, () -> account.suspend(cmbOfficer, " ", clock));
        assertEquals(AccountState.ACTIVE, account.state());
    }

    @Test
    void a_suspended_account_is_reinstated_on_the_same_conditions_as_activation() {
        SocialMediaAccount account = inState(AccountState.SUSPENDED);
        authority.revokeAll(manager.id());
        assertEquals("ADMINISTRATOR_NOT_AUTHORISED", refusedUnchanged(account,
                a -> a.reinstate(cmbOfficer, "Security review completed", approvedInitiative, authority, clock)).code());
        authority.manager(manager.id());
        var event = account.reinstate(cmbOfficer, "Security review completed", approvedInitiative, authority, clock);
        assertEquals(AccountState.ACTIVE, account.state());
        assertEquals("Security review completed", event.reason());
    }

    @Test
    void reinstating_an_account_needs_a_reason_as_suspending_does() {
        SocialMediaAccount account = inState(AccountState.SUSPENDED);
        var before = account.snapshot();
        assertThrows(IllegalArgumentException.class,
                () -> account.reinstate(cmbOfficer, "  ", approvedInitiative, authority, clock));
        assertEquals(before, account.snapshot());
    }

    @ParameterizedTest
    @EnumSource(value = AccountState.class, names = "SUSPENDED", mode = EnumSource.Mode.EXCLUDE)
    void only_a_suspended_account_is_reinstated(AccountState state) {
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(inState(state),
                a -> a.reinstate(cmbOfficer, "Security review completed", approvedInitiative, authority, clock)).code());
    }

    @ParameterizedTest
    @EnumSource(value = AccountState.class, names = "DECOMMISSIONED", mode = EnumSource.Mode.EXCLUDE)
    void an_account_in_any_other_state_is_decommissioned_with_a_reason(AccountState state) {
        SocialMediaAccount account = inState(state);
        AccountDecommissioned event = account.decommission(cmbOfficer, "Initiative closed", clock);
        assertEquals(state, event.previousState());
        assertEquals(AccountState.DECOMMISSIONED, account.state());
        assertEquals("Initiative closed", account.decommissionReason().orElseThrow());
    }

    @Test
    void a_decommissioned_account_is_final() {
        SocialMediaAccount account = inState(AccountState.DECOMMISSIONED);
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(account,
                a -> a.decommission(cmbOfficer, "Again", clock)).code());
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(account,
                a -> a.revisePurpose(cmbOfficer, "New", clock)).code());
        assertEquals("STATE_FORBIDS_ACTION", refusedUnchanged(account,
                a -> a.recordPrivacyReview(cmbOfficer, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), "",
                        clock)).code());
        assertFalse(account.isPrivacyReviewOverdue(LocalDate.of(2030, 1, 1)), "nothing is due on a closed account");
    }

    @Test
    void a_live_account_passes_to_another_administrator_only_if_they_are_a_current_manager() {
        SocialMediaAccount account = active();
        Employee newManager = EmployeeFixture.cmbOfficer("C102");
        assertEquals("ADMINISTRATOR_NOT_AUTHORISED", refusedUnchanged(account,
                a -> a.changeAdministrator(cmbOfficer, newManager, authority, clock)).code());
        authority.manager(newManager.id());
        assertEquals(manager.id(), account.changeAdministrator(cmbOfficer, newManager, authority, clock)
                .previousAdministrator());
        assertEquals(newManager.id(), account.administrator());
        assertEquals("ADMINISTRATOR_NOT_IN_CMB", refusedUnchanged(account,
                a -> a.changeAdministrator(cmbOfficer, familiesOfficer, authority, clock)).code());
    }

    @Test
    void privacy_settings_reviews_are_recorded_and_fall_due() {
        SocialMediaAccount account = active();
        assertTrue(account.isPrivacyReviewOverdue(LocalDate.of(2026, 3, 2)), "never reviewed is overdue");
        account.recordPrivacyReview(cmbOfficer, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1),
                "Comments limited to followers", clock);
        assertEquals(cmbOfficer.id(), account.privacyReview().orElseThrow().reviewer());
        assertFalse(account.isPrivacyReviewOverdue(LocalDate.of(2026, 9, 1)));
        assertTrue(account.isPrivacyReviewOverdue(LocalDate.of(2026, 9, 2)));
    }

    @Test
    void a_privacy_review_cannot_be_dated_in_the_future_or_before_the_last_one() {
        SocialMediaAccount account = active();
        assertEquals("PRIVACY_REVIEW_IN_FUTURE", refusedUnchanged(account, a -> a.recordPrivacyReview(cmbOfficer,
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1), "", clock)).code());
        account.recordPrivacyReview(cmbOfficer, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), "", clock);
        assertEquals("PRIVACY_REVIEW_OUT_OF_ORDER", refusedUnchanged(account, a -> a.recordPrivacyReview(cmbOfficer,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 1), "", clock)).code());
    }

    @Test
    void the_next_privacy_review_is_due_within_a_year() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PrivacyReview(
                LocalDate.of(2026, 3, 1), cmbOfficer.id(), LocalDate.of(2027, 3, 2), ""));
        assertTrue(e.getMessage().contains("12 months"), e.getMessage());
    }

    @Test
    void departmental_branding_is_approved_by_cmb_only() {
        SocialMediaAccount account = active();
        CommandRefusedException refused = refusedUnchanged(account,
                a -> a.approveBranding(familiesOfficer, "DSS logo avatar", clock));
        assertEquals(PolicyClause.PRINCIPLE_INTELLECTUAL_PROPERTY, refused.refusal().clause());
        account.approveBranding(cmbOfficer, "DSS logo avatar", clock);
        assertEquals(cmbOfficer.id(), account.brandingApproval().orElseThrow().approvedBy());
    }

    @Test
    void every_account_event_names_the_address_of_the_account() {
        SocialMediaAccount.Proposal proposal = SocialMediaAccount.propose(cmbOfficer, AccountFixture.xAccount(),
                "News for families", EmployeeFixture.FAMILIES, manager, approvedInitiative.id(), clock);
        SocialMediaAccount account = proposal.account();
        Employee newManager = EmployeeFixture.cmbOfficer("C102");
        authority.manager(newManager.id());
        List<AccountEvent> events = List.of(proposal.event(),
                account.activate(cmbOfficer, approvedInitiative, authority, clock),
                account.revisePurpose(cmbOfficer, "News and services for families", clock),
                account.recordPrivacyReview(cmbOfficer, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1), "",
                        clock),
                account.approveBranding(cmbOfficer, "DSS logo avatar", clock),
                account.changeAdministrator(cmbOfficer, newManager, authority, clock),
                account.suspend(cmbOfficer, "Compromised password", clock),
                account.reinstate(cmbOfficer, "Security review completed", approvedInitiative, authority, clock),
                account.decommission(cmbOfficer, "Campaign over", clock));
        assertEquals(AccountEvent.class.getPermittedSubclasses().length, events.stream()
                .map(Object::getClass).distinct().count(), "one event of every kind");
        for (AccountEvent event : events) {
            assertEquals(account.id(), event.accountId(), event.toString());
            assertEquals(AccountAddress.on(PlatformKind.X_TWITTER, "@DSSfamilies"), event.address(),
                    event.toString());
        }
    }

    @Test
    void an_account_restored_from_its_snapshot_is_the_same_account() {
        SocialMediaAccount account = inState(AccountState.DECOMMISSIONED);
        assertEquals(account.snapshot(), SocialMediaAccount.restore(account.snapshot()).snapshot());
        AccountSnapshot s = account.snapshot();
        assertThrows(IllegalArgumentException.class, () -> new AccountSnapshot(s.id(), s.address(), s.purpose(),
                s.owningArea(), s.administrator(), s.initiative(), AccountState.ACTIVE, s.proposedAt(),
                s.decommissionReason(), null, null));
    }
}
