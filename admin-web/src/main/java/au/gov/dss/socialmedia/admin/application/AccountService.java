package au.gov.dss.socialmedia.admin.application;

import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountEvent;
import au.gov.dss.socialmedia.domain.account.AccountRepository;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.common.AccountId;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.EmployeeDirectory;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.InitiativeId;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The use cases of official accounts: propose, activate, suspend, reinstate, decommission, and the list. Each
 * loads the account, lets the domain decide, stores it, asks for its event to be kept as a record (in the same
 * transaction) and audits the command. CMB administrators only, except
 * the list, which every role may read.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    StoredVersions versions;

    @Inject
    AccountListing listing;

    @Inject
    InitiativeRepository initiatives;

    @Inject
    ReferenceData referenceData;

    @Inject
    EmployeeDirectory employees;

    @Inject
    AuthorityCheck authority;

    @Inject
    CurrentUser user;

    @Inject
    CommandRunner commands;

    @Inject
    RecordKeeping records;

    @Inject
    Clock clock;

    /** Proposes a new account; returns its id. */
    public String propose(ProposeAccount form) {
        String[] id = new String[1];
        commands.run(ProtectedAction.ACCOUNT_PROPOSE, form.handleOrUrl(), () -> {
            PlatformKind platform = PlatformKind.valueOf(required("platform", form.platform()).toUpperCase(Locale.ROOT));
            AccountAddress address = platform == PlatformKind.OTHER
                    ? AccountAddress.onOther(form.otherPlatformName(), form.handleOrUrl())
                    : AccountAddress.on(platform, form.handleOrUrl());
            var proposal = SocialMediaAccount.propose(user.employee(), address, form.purpose(),
                    areaOf(required("owning business area", form.owningArea())),
                    employees.get(EmployeeId.of(required("administrator", form.administrator()))),
                    InitiativeId.of(required("initiative", form.initiative())), clock);
            accounts.save(proposal.account());
            records.capture(proposal.event());
            id[0] = proposal.account().id().toString();
            return "proposed " + address;
        });
        return id[0];
    }

    /** Puts a proposed account live, if its initiative is approved and its administrator is a current manager. */
    public void activate(String accountId, long version) {
        change(ProtectedAction.ACCOUNT_ACTIVATE, accountId, version,
                account -> account.activate(user.employee(), initiatives.get(account.initiative()), authority, clock));
    }

    /** Suspends a live account. */
    public void suspend(String accountId, long version, String reason) {
        change(ProtectedAction.ACCOUNT_SUSPEND, accountId, version, account -> account.suspend(user.employee(), reason, clock));
    }

    /** Makes a suspended account live again. */
    public void reinstate(String accountId, long version) {
        change(ProtectedAction.ACCOUNT_REINSTATE, accountId, version,
                account -> account.reinstate(user.employee(), initiatives.get(account.initiative()), authority, clock));
    }

    /** Closes an account for good. */
    public void decommission(String accountId, long version, String reason) {
        change(ProtectedAction.ACCOUNT_DECOMMISSION, accountId, version,
                account -> account.decommission(user.employee(), reason, clock));
    }

    /**
     * Revises the account's purpose and hands it to another administrator, each only when it changes (a blank
     * administrator keeps the current one). Both changes are kept as records; nothing changes when either is refused.
     */
    public void edit(String accountId, long version, String purpose, String administrator) {
        commands.run(ProtectedAction.ACCOUNT_EDIT, accountId, () -> {
            SocialMediaAccount account = current(accountId, version);
            List<AccountEvent> events = new ArrayList<>();
            if (purpose != null && !purpose.strip().equals(account.purpose())) {
                events.add(account.revisePurpose(user.employee(), purpose, clock));
            }
            if (administrator != null && !administrator.isBlank()
                    && !administrator.strip().equals(account.administrator().value())) {
                events.add(account.changeAdministrator(user.employee(),
                        employees.get(EmployeeId.of(administrator.strip())), authority, clock));
            }
            if (events.isEmpty()) {
                throw new IllegalArgumentException("nothing to change: the purpose and administrator are as stored");
            }
            accounts.save(account);
            events.forEach(records::capture);
            return events.stream().map(event -> event.getClass().getSimpleName() + " " + event.eventId())
                    .collect(Collectors.joining(", "));
        });
    }

    /** Records a review of the account's privacy settings by the user, with the date the next one is due. */
    public void recordPrivacyReview(String accountId, long version, LocalDate reviewedOn, LocalDate nextDue,
                                    String notes) {
        change(ProtectedAction.ACCOUNT_RECORD_PRIVACY_REVIEW, accountId, version,
                account -> account.recordPrivacyReview(user.employee(), required("review date", reviewedOn),
                        required("next review date", nextDue), notes == null ? "" : notes, clock));
    }

    /** How many accounts match the filter, exactly up to {@link ListCount#LIMIT}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ListCount count(AccountFilter filter) {
        return ListCount.countedTo(listing.count(filter, ListCount.LIMIT + 1));
    }

    /** One page of the accounts list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountRow> rows(AccountFilter filter, int first, int size) {
        return listing.rows(filter, first, size);
    }

    /** The choices the proposal form offers: business areas. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> businessAreas() {
        return referenceData.businessAreas();
    }

    /** The administrators (CMB employees) the forms offer for what the user typed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> administratorsMatching(String typed) {
        return referenceData.employeesOfMatching(BusinessArea.CMB.code(), typed, AuthorisationService.CHOICES);
    }

    /** How the forms show a chosen administrator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String employeeLabel(String employeeNumber) {
        return referenceData.employeeLabel(employeeNumber).orElse(String.valueOf(employeeNumber));
    }

    /** The choices the proposal form offers: initiatives not closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Option> initiatives() {
        return referenceData.openInitiatives();
    }

    /** How many accounts are in each state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countByState() {
        return listing.countByState();
    }

    private void change(ProtectedAction action, String accountId, long version,
                        Function<SocialMediaAccount, AccountEvent> command) {
        commands.run(action, accountId, () -> {
            SocialMediaAccount account = current(accountId, version);
            AccountEvent event = command.apply(account);
            accounts.save(account);
            records.capture(event);
            return event.getClass().getSimpleName() + " " + event.eventId();
        });
    }

    /** The stored account, if the page saw its current version; otherwise the second editor is told. */
    private SocialMediaAccount current(String accountId, long version) {
        AccountId id = AccountId.of(accountId);
        SocialMediaAccount account = accounts.get(id);
        long stored = versions.ofAccount(id).orElseThrow();
        if (stored != version) {
            throw new ConcurrentChangeException("account " + account.address(), version, stored);
        }
        return account;
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private BusinessArea areaOf(String code) {
        return referenceData.businessArea(code)
                .orElseThrow(() -> new IllegalArgumentException("no business area has the code '" + code + "'"));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
