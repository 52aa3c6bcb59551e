package au.gov.dss.socialmedia.admin.account.application;

import au.gov.dss.socialmedia.admin.employee.application.EmployeeLookup;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.Done;
import au.gov.dss.socialmedia.admin.platform.command.Ids;
import au.gov.dss.socialmedia.admin.platform.command.InvalidInputException;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.StoredChanges;
import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.Subject;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
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
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.InitiativeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The use cases that change official accounts: propose, activate, suspend, reinstate, decommission, edit and record
 * a privacy review. Each loads the account, lets the domain decide, stores it, asks for its event to be kept as a
 * record (in the same transaction) and is checked and audited by the {@link CommandRunner}. CMB administrators only
 * ({@link ProtectedAction}); the domain's rules apply on top.
 */
@ApplicationScoped
@Transactional
public class AccountCommands {

    private AccountRepository accounts;
    private AccountListing listing;
    private InitiativeRepository initiatives;
    private EmployeeDirectory employees;
    private EmployeeLookup lookup;
    private AuthorityCheck authority;
    private StoredVersions versions;
    private CurrentUser user;
    private CommandRunner commands;
    private RecordKeeping records;
    private Clock clock;
    private StoredChanges changes;

    /** For CDI's proxies. */
    protected AccountCommands() {
    }

    /** The use cases over their ports. */
    @Inject
    @SuppressWarnings("checkstyle:ParameterNumber")
    public AccountCommands(AccountRepository accounts, AccountListing listing, InitiativeRepository initiatives, EmployeeDirectory employees,
                           EmployeeLookup lookup, AuthorityCheck authority, StoredVersions versions,
                           CurrentUser user, CommandRunner commands, RecordKeeping records, Clock clock) {
        this.accounts = accounts;
        this.listing = listing;
        this.initiatives = initiatives;
        this.employees = employees;
        this.lookup = lookup;
        this.authority = authority;
        this.versions = versions;
        this.user = user;
        this.commands = commands;
        this.records = records;
        this.clock = clock;
        this.changes = new StoredChanges(commands, versions, records);
    }

    /**
     * Proposes a new account for an approved initiative; returns its id. An address already registered is refused
     * on the form ({@link InvalidInputException} on {@code address}).
     */
    public String propose(ProposeAccount form) {
        return commands.run(ProtectedAction.ACCOUNT_PROPOSE, Subject.none(String.valueOf(form.handleOrUrl())), () -> {
            PlatformKind platform = platform(required("platform", form.platform()));
            AccountAddress address = platform == PlatformKind.OTHER
                    ? AccountAddress.onOther(form.otherPlatformName(), form.handleOrUrl())
                    : AccountAddress.on(platform, form.handleOrUrl());
            if (listing.isRegistered(address)) {
                throw new InvalidInputException("address", "constraint.account.address", address.label(),
                        "an official account with the address " + address.label() + " is already registered");
            }
            String initiativeId = required("initiative", form.initiative());
            Initiative initiative = initiatives.find(InitiativeId.of(initiativeId)).orElseThrow(() ->
                    new InvalidInputException("initiative", "accounts.noSuchInitiative", initiativeId,
                            "no initiative has the id " + initiativeId));
            var proposal = SocialMediaAccount.propose(user.employee(), address, form.purpose(),
                    area(required("owning business area", form.owningArea())),
                    employees.find(EmployeeId.of(required("administrator", form.administrator()))).orElseThrow(() ->
                            new InvalidInputException("administrator", "constraint.unknownEmployee",
                                    form.administrator(), "no employee has the number " + form.administrator())),
                    initiative, clock);
            accounts.save(proposal.account());
            records.capture(proposal.event());
            String id = proposal.account().id().toString();
            return Done.created(id, Subject.of(SubjectKind.ACCOUNT, id, address.label()),
                    "Proposed for the initiative '" + initiative.title() + "'");
        });
    }

    /** Puts a proposed account live, if its initiative is approved and its administrator is a current manager. */
    public void activate(String accountId, long version) {
        change(ProtectedAction.ACCOUNT_ACTIVATE, accountId, version,
                account -> account.activate(user.employee(), initiatives.get(account.initiative()), authority, clock),
                "Activated");
    }

    /** Suspends a live account, for a reason. */
    public void suspend(String accountId, long version, String reason) {
        change(ProtectedAction.ACCOUNT_SUSPEND, accountId, version,
                account -> account.suspend(user.employee(), reason, clock), "Suspended: " + reason);
    }

    /** Makes a suspended account live again, for a reason. */
    public void reinstate(String accountId, long version, String reason) {
        change(ProtectedAction.ACCOUNT_REINSTATE, accountId, version,
                account -> account.reinstate(user.employee(), reason, initiatives.get(account.initiative()),
                        authority, clock), "Reinstated: " + reason);
    }

    /** Closes an account for good, for a reason. */
    public void decommission(String accountId, long version, String reason) {
        change(ProtectedAction.ACCOUNT_DECOMMISSION, accountId, version,
                account -> account.decommission(user.employee(), reason, clock), "Decommissioned: " + reason);
    }

    /**
     * Revises the account's purpose and hands it to another administrator, each only when it changes (a blank
     * administrator keeps the current one). Both changes are kept as records; nothing changes when either is refused.
     */
    public void edit(String accountId, long version, String purpose, String administrator) {
        decide(ProtectedAction.ACCOUNT_EDIT, accountId, version, account -> {
            List<AccountEvent> events = new ArrayList<>();
            List<String> changed = new ArrayList<>();
            if (purpose != null && !purpose.strip().equals(account.purpose())) {
                events.add(account.revisePurpose(user.employee(), purpose, clock));
                changed.add("purpose revised");
            }
            if (administrator != null && !administrator.isBlank()
                    && !administrator.strip().equals(account.administrator().value())) {
                events.add(account.changeAdministrator(user.employee(),
                        employees.get(EmployeeId.of(administrator.strip())), authority, clock));
                changed.add("handed to " + lookup.label(administrator).orElse(administrator));
            }
            if (events.isEmpty()) {
                throw new IllegalArgumentException("nothing to change: the purpose and administrator are as stored");
            }
            return new StoredChanges.Decided(events, String.join("; ", changed));
        });
    }

    /** Records a review of the account's privacy settings by the user, with the date the next one is due. */
    public void recordPrivacyReview(String accountId, long version, LocalDate reviewedOn, LocalDate nextDue,
                                    String notes) {
        change(ProtectedAction.ACCOUNT_RECORD_PRIVACY_REVIEW, accountId, version,
                account -> account.recordPrivacyReview(user.employee(), required("review date", reviewedOn),
                        required("next review date", nextDue), notes == null ? "" : notes, clock),
                "Privacy settings reviewed on " + reviewedOn + "; next review due " + nextDue);
    }

    private void change(ProtectedAction action, String accountId, long version,
                        Function<SocialMediaAccount, AccountEvent> command, String summary) {
        decide(action, accountId, version, account -> new StoredChanges.Decided(List.of(command.apply(account)),
                summary));
    }

    private void decide(ProtectedAction action, String accountId, long version,
                        Function<SocialMediaAccount, StoredChanges.Decided> command) {
        Optional<SocialMediaAccount> stored = Ids.parse(accountId, AccountId::of).flatMap(accounts::find);
        String label = stored.map(a -> a.address().label()).orElse("an unknown account");
        changes.decide(action, Subject.of(SubjectKind.ACCOUNT, String.valueOf(accountId), label),
                "The account " + label, version, stored, command, accounts::save);
    }

    private BusinessArea area(String code) {
        return lookup.businessArea(code).orElseThrow(() -> new InvalidInputException("owningArea",
                "constraint.unknownArea", code, "no business area has the code '" + code + "'"));
    }

    private static PlatformKind platform(String name) {
        try {
            return PlatformKind.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("platform", "accounts.noSuchPlatform", name, "no platform is called "
                    + name);
        }
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }
}
