package au.gov.dss.socialmedia.admin.account.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeLookup;
import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.Actor;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.listing.ListQueries;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.listing.ListCount;
import au.gov.dss.socialmedia.admin.platform.listing.ListSource;
import au.gov.dss.socialmedia.admin.platform.listing.Option;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the pages read about official accounts: the list (paged and filtered in the database, exported as filtered),
 * an account's page with the actions open to the reader and its history, and the choices the forms offer. Every
 * role may read accounts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountQueries extends ListQueries<AccountFilter, AccountRow> {

    private static final long serialVersionUID = 1L;

    private transient AccountListing listing;
    private transient EmployeeLookup employees;
    private transient InitiativeLookup initiatives;
    private transient History history;
    private transient Clock clock;

    /** For CDI's proxies. */
    protected AccountQueries() {
    }

    /** The queries over their ports. */
    @Inject
    public AccountQueries(AccountListing listing, EmployeeLookup employees, InitiativeLookup initiatives,
                          History history, CommandRunner commands, Clock clock) {
        super(listing, commands, ProtectedAction.ACCOUNT_EXPORT, "accounts");
        this.listing = listing;
        this.employees = employees;
        this.initiatives = initiatives;
        this.history = history;
        this.clock = clock;
    }

    /** The account's page, if it exists. */
    public Optional<AccountDetail> detail(String accountId) {
        return listing.view(accountId).map(account -> {
            AccountState state = AccountState.valueOf(account.state());
            LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
            boolean overdue = SocialMediaAccount.isPrivacyReviewOverdue(state, account.privacyNextDue(), today);
            return new AccountDetail(account, overdue, actions(state), history.of(SubjectKind.ACCOUNT, account.id()));
        });
    }

    /** The actions the reader's roles allow that the account's state permits. */
    private Set<String> actions(AccountState state) {
        Actor actor = commands().actor();
        Map<ProtectedAction, Boolean> open = new LinkedHashMap<>();
        open.put(ProtectedAction.ACCOUNT_ACTIVATE, state.permitsActivation());
        open.put(ProtectedAction.ACCOUNT_SUSPEND, state.permitsSuspension());
        open.put(ProtectedAction.ACCOUNT_REINSTATE, state.permitsReinstatement());
        open.put(ProtectedAction.ACCOUNT_EDIT, state.permitsChange());
        open.put(ProtectedAction.ACCOUNT_RECORD_PRIVACY_REVIEW, state.permitsChange());
        open.put(ProtectedAction.ACCOUNT_DECOMMISSION, state.permitsChange());
        return open.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).filter(actor::may)
                .map(Enum::name).collect(Collectors.toCollection(() -> new java.util.LinkedHashSet<>()));
    }

    /** The accounts proposed and waiting to be activated, oldest first (for My work). */
    public List<Option> proposed(int max) {
        return listing.proposed(max);
    }

    /** The accounts whose privacy review is overdue today or was never done, most overdue first (for My work). */
    public List<Option> privacyReviewOverdue(int max) {
        return listing.privacyReviewOverdue(LocalDate.ofInstant(clock.instant(), clock.getZone()), max);
    }

    /** The states, for the list's filter. */
    public List<String> states() {
        return EnumSet.allOf(AccountState.class).stream().map(Enum::name).toList();
    }

    /** How many accounts are in each state (every state, zero included). */
    public Map<String, Long> countByState() {
        Map<String, Long> counted = listing.countByState();
        Map<String, Long> byState = new LinkedHashMap<>();
        for (AccountState state : AccountState.values()) {
            byState.put(state.name(), counted.getOrDefault(state.name(), 0L));
        }
        return byState;
    }

    /** The business areas the proposal form offers. */
    public List<Option> businessAreas() {
        return employees.businessAreas();
    }

    /** The owning business area a new account defaults to: CMB, which administers every official account. */
    public String defaultArea() {
        return BusinessArea.CMB.code();
    }

    /** The administrators (CMB employees) the forms offer for what the user typed. */
    public List<Option> administratorsMatching(String typed) {
        return employees.ofAreaMatching(BusinessArea.CMB.code(), typed, EmployeeLookup.CHOICES);
    }

    /** How the forms show a chosen employee. */
    public String employeeLabel(String employeeNumber) {
        return employees.label(employeeNumber).orElse(String.valueOf(employeeNumber));
    }

    /** The initiatives an account may be proposed for: those CMB approved. */
    public List<Option> approvedInitiatives() {
        return initiatives.approved();
    }

    /** Accounts not decommissioned whose handle or URL contains what the user typed, for pick lists. */
    public List<Option> matching(String typed) {
        return typed == null || typed.isBlank() ? List.of() : listing.matching(typed, EmployeeLookup.CHOICES);
    }

    /** How the forms show a chosen account. */
    public String accountLabel(String accountId) {
        return listing.label(accountId).orElse("");
    }
}
