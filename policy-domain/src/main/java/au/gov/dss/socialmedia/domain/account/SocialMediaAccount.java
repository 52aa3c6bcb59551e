package au.gov.dss.socialmedia.domain.account;

import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountActivated;
import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountDecommissioned;
import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountProposed;
import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountReinstated;
import au.gov.dss.socialmedia.domain.account.AccountEvent.AccountSuspended;
import au.gov.dss.socialmedia.domain.account.AccountEvent.AdministratorChanged;
import au.gov.dss.socialmedia.domain.account.AccountEvent.BrandingApproved;
import au.gov.dss.socialmedia.domain.account.AccountEvent.PrivacyReviewRecorded;
import au.gov.dss.socialmedia.domain.account.AccountEvent.PurposeRevised;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityAnswer;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.CommandRefusedException;
import au.gov.dss.socialmedia.domain.common.Decision;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EventId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.Refusal;
import au.gov.dss.socialmedia.domain.common.Text;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An official social media account of the department: the aggregate root of this package.
 *
 * <p>CMB administers every account. An account is proposed for an initiative, goes live only when that initiative
 * is approved and its administrator holds a current Communication Account Manager authorisation in CMB, may be
 * suspended and reinstated, and is finally decommissioned (its records stay).
 *
 * <pre>
 *   PROPOSED --activate--&gt; ACTIVE --suspend--&gt; SUSPENDED
 *                            ^                      |
 *                            +------reinstate-------+
 *   PROPOSED | ACTIVE | SUSPENDED --decommission--&gt; DECOMMISSIONED (terminal)
 * </pre>
 */
public final class SocialMediaAccount {

    /** A newly proposed account with the event that records its proposal. */
    public record Proposal(SocialMediaAccount account, AccountProposed event) {
    }

    /** The most characters an account's purpose may have. */
    public static final int MAX_PURPOSE = 1000;
    /** The most characters a reason (for a suspension, reinstatement or decommission) may have. */
    public static final int MAX_REASON = 2000;

    private final AccountId id;
    private final AccountAddress address;
    private final BusinessArea owningArea;
    private final InitiativeId initiative;
    private final Instant proposedAt;
    private String purpose;
    private EmployeeId administrator;
    private AccountState state;
    private String decommissionReason;
    private PrivacyReview privacyReview;
    private BrandingApproval brandingApproval;

    private SocialMediaAccount(AccountSnapshot s) {
        this.id = s.id();
        this.address = s.address();
        this.owningArea = s.owningArea();
        this.initiative = s.initiative();
        this.proposedAt = s.proposedAt();
        this.purpose = s.purpose();
        this.administrator = s.administrator();
        this.state = s.state();
        this.decommissionReason = s.decommissionReason();
        this.privacyReview = s.privacyReview();
        this.brandingApproval = s.brandingApproval();
    }

    /**
     * Proposes a new official account.
     *
     * @param actor the CMB employee proposing it
     * @param address platform and handle or URL
     * @param purpose what the account is for
     * @param owningArea the business area whose work it serves
     * @param administrator the CMB employee who will administer it
     * @param initiative the initiative it serves
     * @param clock the time source
     * @throws CommandRefusedException when the actor or the administrator is not in CMB
     */
    public static Proposal propose(Employee actor, AccountAddress address, String purpose, BusinessArea owningArea,
                                   Employee administrator, InitiativeId initiative, Clock clock) {
        Objects.requireNonNull(address, "account address must not be null");
        Objects.requireNonNull(owningArea, "owning business area must not be null");
        Objects.requireNonNull(initiative, "initiative must not be null");
        String checkedPurpose = Text.required("account purpose", purpose, MAX_PURPOSE);
        AccountAdministrationPolicy.mayAdminister(actor)
                .and(() -> AccountAdministrationPolicy.mayBeAdministrator(administrator))
                .orThrow();
        Instant now = clock.instant();
        SocialMediaAccount account = new SocialMediaAccount(new AccountSnapshot(AccountId.newId(), address,
                checkedPurpose, owningArea, administrator.id(), initiative, AccountState.PROPOSED, now, null, null,
                null));
        return new Proposal(account, new AccountProposed(EventId.newId(), now, actor.id(), account.id, address,
                checkedPurpose, owningArea.code(), administrator.id(), initiative));
    }

    /**
     * Proposes a new official account for an initiative CMB has approved ({@link AccountActivationPolicy#mayServe}),
     * so that no account is set up for activity that may never be approved.
     *
     * @param actor the CMB employee proposing it
     * @param address platform and handle or URL
     * @param purpose what the account is for
     * @param owningArea the business area whose work it serves
     * @param administrator the CMB employee who will administer it
     * @param initiative the initiative it serves
     * @param clock the time source
     * @throws CommandRefusedException when the initiative is not approved (or active), or the actor or the
     *         administrator is not in CMB
     */
    public static Proposal propose(Employee actor, AccountAddress address, String purpose, BusinessArea owningArea,
                                   Employee administrator, Initiative initiative, Clock clock) {
        AccountActivationPolicy.mayServe(Objects.requireNonNull(initiative, "initiative must not be null")).orThrow();
        return propose(actor, address, purpose, owningArea, administrator, initiative.id(), clock);
    }

    /** Rebuilds an account from its stored state, refusing a state that could not have been reached. */
    public static SocialMediaAccount restore(AccountSnapshot snapshot) {
        return new SocialMediaAccount(Objects.requireNonNull(snapshot, "snapshot must not be null"));
    }

    /**
     * Puts a proposed account live.
     *
     * @throws CommandRefusedException when the account is not PROPOSED, the actor is not in CMB, the initiative is
     *         not approved, or the administrator holds no current Communication Account Manager authorisation
     */
    public AccountActivated activate(Employee actor, Initiative servedInitiative, AuthorityCheck authority,
                                     Clock clock) {
        require(state.permitsActivation(), "activate an account");
        Instant now = clock.instant();
        AccountAdministrationPolicy.mayAdminister(actor)
                .and(() -> AccountActivationPolicy.mayGoLive(this, servedInitiative, authority, now))
                .orThrow();
        state = AccountState.ACTIVE;
        return new AccountActivated(EventId.newId(), now, actor.id(), id, address, initiative, administrator);
    }

    /** Suspends a live account, for the reason given. */
    public AccountSuspended suspend(Employee actor, String reason, Clock clock) {
        require(state.permitsSuspension(), "suspend an account");
        String checkedReason = Text.required("suspension reason", reason, MAX_REASON);
        AccountAdministrationPolicy.mayAdminister(actor).orThrow();
        state = AccountState.SUSPENDED;
        return new AccountSuspended(EventId.newId(), clock.instant(), actor.id(), id, address, checkedReason);
    }

    /**
     * Makes a suspended account live again, on the same conditions as activation, for the reason given (as it was
     * suspended for one).
     */
    public AccountReinstated reinstate(Employee actor, String reason, Initiative servedInitiative,
                                       AuthorityCheck authority, Clock clock) {
        require(state.permitsReinstatement(), "reinstate an account");
        String checkedReason = Text.required("reinstatement reason", reason, MAX_REASON);
        Instant now = clock.instant();
        AccountAdministrationPolicy.mayAdminister(actor)
                .and(() -> AccountActivationPolicy.mayGoLive(this, servedInitiative, authority, now))
                .orThrow();
        state = AccountState.ACTIVE;
        return new AccountReinstated(EventId.newId(), now, actor.id(), id, address, checkedReason);
    }

    /** Closes the account for good, from any state but DECOMMISSIONED. Its records stay. */
    public AccountDecommissioned decommission(Employee actor, String reason, Clock clock) {
        if (state.isTerminal()) {
            throw new CommandRefusedException(Refusal.stateForbids("decommission an account", state,
                    PolicyClause.PRINCIPLE_ADMINISTRATION));
        }
        String checkedReason = Text.required("decommission reason", reason, MAX_REASON);
        AccountAdministrationPolicy.mayAdminister(actor).orThrow();
        AccountState previous = state;
        state = AccountState.DECOMMISSIONED;
        decommissionReason = checkedReason;
        return new AccountDecommissioned(EventId.newId(), clock.instant(), actor.id(), id, address, previous,
                checkedReason);
    }

    /**
     * Hands the account to another administrator, who must work in CMB and, unless the account is still
     * PROPOSED, hold a current Communication Account Manager authorisation.
     */
    public AdministratorChanged changeAdministrator(Employee actor, Employee newAdministrator,
                                                    AuthorityCheck authority, Clock clock) {
        requireNotDecommissioned("change the administrator of an account");
        Instant now = clock.instant();
        AccountAdministrationPolicy.mayAdminister(actor)
                .and(() -> AccountAdministrationPolicy.mayBeAdministrator(newAdministrator))
                .and(() -> state == AccountState.PROPOSED ? Decision.allowed()
                        : currentManager(authority, newAdministrator.id(), now))
                .orThrow();
        EmployeeId previous = administrator;
        administrator = newAdministrator.id();
        return new AdministratorChanged(EventId.newId(), now, actor.id(), id, address, previous, administrator);
    }

    /** Revises what the account is for. */
    public PurposeRevised revisePurpose(Employee actor, String newPurpose, Clock clock) {
        requireNotDecommissioned("revise the purpose of an account");
        String checked = Text.required("account purpose", newPurpose, MAX_PURPOSE);
        AccountAdministrationPolicy.mayAdminister(actor).orThrow();
        purpose = checked;
        return new PurposeRevised(EventId.newId(), clock.instant(), actor.id(), id, address, checked);
    }

    /** Records a review of the account's privacy settings; the reviewer must be the actor. */
    public PrivacyReviewRecorded recordPrivacyReview(Employee actor, LocalDate reviewedOn, LocalDate nextDue,
                                                     String notes, Clock clock) {
        requireNotDecommissioned("record a privacy review of an account");
        PrivacyReview review = new PrivacyReview(reviewedOn, actor.id(), nextDue, notes);
        AccountAdministrationPolicy.mayAdminister(actor).orThrow();
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        if (reviewedOn.isAfter(today)) {
            throw new CommandRefusedException(new Refusal("PRIVACY_REVIEW_IN_FUTURE", PolicyClause.PRINCIPLE_PRIVACY,
                    "a privacy review cannot be recorded for " + reviewedOn + ", which is after today (" + today
                            + ")"));
        }
        if (privacyReview != null && reviewedOn.isBefore(privacyReview.reviewedOn())) {
            throw new CommandRefusedException(new Refusal("PRIVACY_REVIEW_OUT_OF_ORDER",
                    PolicyClause.PRINCIPLE_PRIVACY, "a review of " + reviewedOn
                            + " is older than the last one recorded (" + privacyReview.reviewedOn() + ")"));
        }
        privacyReview = review;
        return new PrivacyReviewRecorded(EventId.newId(), clock.instant(), actor.id(), id, address, review);
    }

    /** Records CMB's approval of the branding and logos the account uses. */
    public BrandingApproved approveBranding(Employee actor, String description, Clock clock) {
        requireNotDecommissioned("approve the branding of an account");
        Instant now = clock.instant();
        BrandingApproval approval = new BrandingApproval(actor.id(), now, description);
        if (!actor.worksInCmb()) {
            throw new CommandRefusedException(new Refusal("BRANDING_APPROVAL_RESERVED_TO_CMB",
                    PolicyClause.PRINCIPLE_INTELLECTUAL_PROPERTY, actor.name() + " (" + actor.id()
                            + ") is not in CMB; departmental branding and logos must be approved by CMB"));
        }
        brandingApproval = approval;
        return new BrandingApproved(EventId.newId(), now, actor.id(), id, address, approval);
    }

    /**
     * Whether official posts may be published to the account now: only while it is ACTIVE. The engine and the
     * post aggregate ask this.
     */
    public Decision acceptsPublication() {
        if (state != AccountState.ACTIVE) {
            return Decision.refused("ACCOUNT_NOT_ACTIVE", PolicyClause.OFFICIAL_USE_AUTHORISATION,
                    "account " + address + " is " + state + "; posts may be published only to an ACTIVE account");
        }
        return Decision.allowed();
    }

    /** Whether the privacy-settings review is overdue on the given day (never reviewed counts as overdue). */
    public boolean isPrivacyReviewOverdue(LocalDate day) {
        return isPrivacyReviewOverdue(state, privacyReview == null ? null : privacyReview.nextDue(), day);
    }

    /**
     * The same rule for an account known only by its state and the day its next review is due (null: never
     * reviewed), as a list or a page reads them.
     */
    public static boolean isPrivacyReviewOverdue(AccountState state, LocalDate nextDue, LocalDate day) {
        return state != AccountState.DECOMMISSIONED && (nextDue == null || day.isAfter(nextDue));
    }

    /** The complete state, for persistence and for comparing before and after a command. */
    public AccountSnapshot snapshot() {
        return new AccountSnapshot(id, address, purpose, owningArea, administrator, initiative, state, proposedAt,
                decommissionReason, privacyReview, brandingApproval);
    }

    /** The account's identifier. */
    public AccountId id() {
        return id;
    }

    /** Platform and handle or URL. */
    public AccountAddress address() {
        return address;
    }

    /** What the account is for. */
    public String purpose() {
        return purpose;
    }

    /** The business area whose work the account serves. */
    public BusinessArea owningArea() {
        return owningArea;
    }

    /** The administering Communication Account Manager. */
    public EmployeeId administrator() {
        return administrator;
    }

    /** The initiative the account serves. */
    public InitiativeId initiative() {
        return initiative;
    }

    /** The lifecycle state. */
    public AccountState state() {
        return state;
    }

    /** When the account was proposed. */
    public Instant proposedAt() {
        return proposedAt;
    }

    /** Why the account was decommissioned, once it is. */
    public Optional<String> decommissionReason() {
        return Optional.ofNullable(decommissionReason);
    }

    /** The last privacy-settings review, if any. */
    public Optional<PrivacyReview> privacyReview() {
        return Optional.ofNullable(privacyReview);
    }

    /** CMB's approval of the account's branding, if given. */
    public Optional<BrandingApproval> brandingApproval() {
        return Optional.ofNullable(brandingApproval);
    }

    private static Decision currentManager(AuthorityCheck authority, EmployeeId employee, Instant at) {
        AuthorityAnswer answer = authority.roleHeld(employee, Role.COMMUNICATION_ACCOUNT_MANAGER, at);
        if (answer instanceof AuthorityAnswer.DoesNotHold doesNotHold) {
            return Decision.refused("ADMINISTRATOR_NOT_AUTHORISED", PolicyClause.PRINCIPLE_ADMINISTRATION,
                    employee + " does not hold a current Communication Account Manager authorisation: "
                            + doesNotHold.refusal().reason());
        }
        return Decision.allowed();
    }

    private void require(boolean permitted, String action) {
        if (!permitted) {
            throw new CommandRefusedException(Refusal.stateForbids(action, state,
                    PolicyClause.PRINCIPLE_ADMINISTRATION));
        }
    }

    private void requireNotDecommissioned(String action) {
        if (!state.permitsChange()) {
            throw new CommandRefusedException(Refusal.stateForbids(action, state,
                    PolicyClause.PRINCIPLE_ADMINISTRATION));
        }
    }

    @Override
    public String toString() {
        return "SocialMediaAccount[" + id + ", " + address + ", " + state + "]";
    }
}
