package au.gov.dss.socialmedia.admin.matrix;

import au.gov.dss.socialmedia.admin.account.application.AccountCommands;
import au.gov.dss.socialmedia.admin.account.application.AccountFilter;
import au.gov.dss.socialmedia.admin.account.application.AccountQueries;
import au.gov.dss.socialmedia.admin.account.application.ProposeAccount;
import au.gov.dss.socialmedia.admin.account.persistence.AccountAdapters;
import au.gov.dss.socialmedia.admin.account.persistence.JpaAccountRepository;
import au.gov.dss.socialmedia.admin.audit.application.AuditFilter;
import au.gov.dss.socialmedia.admin.audit.application.AuditQueries;
import au.gov.dss.socialmedia.admin.audit.persistence.AuditAdapters;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationCommands;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationFilter;
import au.gov.dss.socialmedia.admin.authorisation.application.AuthorisationQueries;
import au.gov.dss.socialmedia.admin.authorisation.application.GrantAuthorisation;
import au.gov.dss.socialmedia.admin.authorisation.persistence.AuthorisationAdapters;
import au.gov.dss.socialmedia.admin.authorisation.persistence.JpaAuthorisationRepository;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeFilter;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeImport;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeImports;
import au.gov.dss.socialmedia.admin.employee.application.EmployeeQueries;
import au.gov.dss.socialmedia.admin.employee.application.ImportReport;
import au.gov.dss.socialmedia.admin.employee.persistence.EmployeeAdapters;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeImportStore;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeLookup;
import au.gov.dss.socialmedia.admin.initiative.application.BusinessCaseForm;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeCommands;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeFilter;
import au.gov.dss.socialmedia.admin.initiative.application.InitiativeQueries;
import au.gov.dss.socialmedia.admin.initiative.application.RiskForm;
import au.gov.dss.socialmedia.admin.initiative.persistence.InitiativeAdapters;
import au.gov.dss.socialmedia.admin.initiative.persistence.JpaInitiativeLookup;
import au.gov.dss.socialmedia.admin.initiative.persistence.JpaInitiativeRepository;
import au.gov.dss.socialmedia.admin.platform.ClockProducer;
import au.gov.dss.socialmedia.admin.platform.RecordsSynchroniser;
import au.gov.dss.socialmedia.admin.platform.listing.AuditEntry;
import au.gov.dss.socialmedia.admin.platform.audit.AuditTrail;
import au.gov.dss.socialmedia.admin.platform.audit.AuditTrails;
import au.gov.dss.socialmedia.admin.platform.audit.History;
import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.platform.command.ProtectedAction;
import au.gov.dss.socialmedia.admin.platform.command.StoredVersions;
import au.gov.dss.socialmedia.admin.platform.command.SubjectKind;
import au.gov.dss.socialmedia.admin.platform.persistence.JpaStoredVersions;
import au.gov.dss.socialmedia.admin.platform.persistence.JpaUnitOfWork;
import au.gov.dss.socialmedia.admin.post.application.PlatformLimits;
import au.gov.dss.socialmedia.admin.post.application.PostCommands;
import au.gov.dss.socialmedia.admin.post.application.PostFilter;
import au.gov.dss.socialmedia.admin.post.application.PostForm;
import au.gov.dss.socialmedia.admin.post.application.PostQueries;
import au.gov.dss.socialmedia.admin.post.application.PostScreening;
import au.gov.dss.socialmedia.admin.post.persistence.JpaPostRepository;
import au.gov.dss.socialmedia.admin.post.persistence.PostAdapters;
import au.gov.dss.socialmedia.admin.record.application.RecordCommands;
import au.gov.dss.socialmedia.admin.record.application.RecordFilter;
import au.gov.dss.socialmedia.admin.record.application.RecordQueries;
import au.gov.dss.socialmedia.admin.record.persistence.RecordAdapters;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.admin.screening.application.RuleSetVersion;
import au.gov.dss.socialmedia.admin.screening.application.RuleSets;
import au.gov.dss.socialmedia.admin.screening.application.Screening;
import au.gov.dss.socialmedia.admin.screening.application.ScreeningEngine;
import au.gov.dss.socialmedia.admin.screening.application.SelfCheck;
import au.gov.dss.socialmedia.admin.screening.application.SelfCheckResult;
import au.gov.dss.socialmedia.admin.screening.persistence.JdbcSelfCheckCount;
import au.gov.dss.socialmedia.admin.session.application.PasswordChange;
import au.gov.dss.socialmedia.admin.testing.TestDatabase;
import au.gov.dss.socialmedia.admin.user.application.NewUser;
import au.gov.dss.socialmedia.admin.user.application.UserCommands;
import au.gov.dss.socialmedia.admin.user.application.UserFilter;
import au.gov.dss.socialmedia.admin.user.application.UserQueries;
import au.gov.dss.socialmedia.admin.user.persistence.UserAdapters;
import au.gov.dss.socialmedia.domain.authorisation.Authorisation;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationRegister;
import au.gov.dss.socialmedia.domain.authorisation.AuthorisationScope;
import au.gov.dss.socialmedia.domain.authorisation.Role;
import au.gov.dss.socialmedia.domain.authorisation.TrainingRecord;
import au.gov.dss.socialmedia.domain.authorisation.ValidityPeriod;
import au.gov.dss.socialmedia.domain.common.BusinessArea;
import au.gov.dss.socialmedia.domain.common.Employee;
import au.gov.dss.socialmedia.domain.common.EmployeeId;
import au.gov.dss.socialmedia.domain.common.EmploymentType;
import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import au.gov.dss.socialmedia.engine.ComplianceEngine;
import au.gov.dss.socialmedia.records.config.RecordsSettings;
import au.gov.dss.socialmedia.records.outbox.Claim;
import au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordStatus;
import au.gov.dss.socialmedia.records.outbox.RecordSync;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A small department for the authorisation matrix: CMB staff with authority, a sponsoring business area, an approved
 * initiative, and for each protected action a fresh target in the state the action needs, prepared through the same
 * application services by users holding every role. The application services are wired by hand over the test
 * database, the real audit trail and the real records outbox (and a real BagIt archive for captured records).
 */
final class MatrixDepartment {

    /** One try of a protected action, through the services of the acting user. */
    interface Attempt {
        void run(Services services);
    }

    /** The application services one user sees in one transaction. */
    record Services(AccountCommands accounts, AccountQueries accountQueries, AuthorisationCommands authorisations,
                    AuthorisationQueries authorisationQueries, InitiativeCommands initiatives,
                    InitiativeQueries initiativeQueries, RecordCommands records, RecordQueries recordQueries,
                    EmployeeImports employees, EmployeeQueries employeeQueries, UserCommands users,
                    UserQueries userQueries, AuditQueries audit, PasswordChange passwords, UserStore userStore,
                    StoredVersions versions, SelfCheck selfCheck, RuleSets ruleSets, PostCommands posts,
                    PostQueries postQueries, CommandRunner commands) {

        long userVersion(String username) {
            return userStore.find(username).orElseThrow().version();
        }

        long accountVersion(String id) {
            return versions.of(SubjectKind.ACCOUNT, id).orElseThrow();
        }

        long authorisationVersion(String id) {
            return versions.of(SubjectKind.AUTHORISATION, id).orElseThrow();
        }

        long initiativeVersion(String id) {
            return versions.of(SubjectKind.INITIATIVE, id).orElseThrow();
        }

        long postVersion(String id) {
            return versions.of(SubjectKind.POST, id).orElseThrow();
        }
    }

    private static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");
    private static final BusinessArea HOUSING = new BusinessArea("HOU", "Housing and Homelessness Group");

    private final TestDatabase db;
    private static final String OLD_PASSWORD = "Matrix-Old-Password-1";
    /** A cheap hash for the tests (PBKDF2 is slow by design); the app's check of a password is the same. */
    private static final PasswordHashing HASHING = new PasswordHashing() {
        @Override
        public String hash(char[] password) {
            return "matrix:" + new String(password);
        }

        @Override
        public boolean matches(char[] password, String storedHash) {
            return storedHash.equals(hash(password));
        }
    };

    private final Clock clock = Clock.tick(Clock.system(ClockProducer.CANBERRA), Duration.ofNanos(1_000));
    private final RecordKeeping recordKeeping;
    private final RecordOutbox outbox;
    private final RecordSync worker;
    private final Map<ProtectedAction, Supplier<Attempt>> preparations = new EnumMap<>(ProtectedAction.class);
    private final ScreeningEngine engine = new ScreeningEngine(ComplianceEngine.withDefaultRules(clock));
    private Employee priya;
    private Employee sam;
    private Employee kim;
    private String approvedInitiative;
    private int counter;

    private MatrixDepartment(TestDatabase db, Path bagIt) {
        this.db = db;
        DataSource dataSource = db.dataSource();
        this.recordKeeping = OutboxRecordKeeping.onDataSource(dataSource, clock);
        this.outbox = new RecordOutbox(dataSource, clock);
        Map<String, String> settings = Map.of("records.bagit.root", bagIt.toString(), "records.bagit.fsync", "false");
        this.worker = new RecordsSettings(key -> Optional.ofNullable(settings.get(key)))
                .worker(dataSource, clock, settings.keySet());
        defineAttempts();
        defineUserAttempts();
        defineReadingAttempts();
        definePostAttempts();
    }

    /** Seeds the department in the database. */
    static MatrixDepartment seed(TestDatabase db, Path bagIt) {
        MatrixDepartment department = new MatrixDepartment(db, bagIt);
        department.seedPeople();
        return department;
    }

    private void seedPeople() {
        Employee tom = employee("MC1003", "Tom O'Brien", BusinessArea.CMB);
        priya = employee("MC1002", "Priya Sharma", BusinessArea.CMB);
        sam = employee("MF2002", "Sam Taylor", FAMILIES);
        kim = employee("MH2101", "Kim Walker", HOUSING);
        db.run(em -> new JpaAuthorisationRepository(em).save(Authorisation.grant(priya, tom,
                Role.COMMUNICATION_ACCOUNT_MANAGER, AuthorisationScope.everything(),
                ValidityPeriod.starting(clock.instant(), Duration.ofDays(365)), Optional.empty(), clock)
                .authorisation()));
        String drafted = asSponsor(s -> s.initiatives().draft("Family payments awareness campaign", "FAM"));
        complete(drafted);
        asSponsor(s -> {
            s.initiatives().submit(drafted, s.initiativeVersion(drafted));
            return null;
        });
        asAdministrator(s -> {
            s.initiatives().approve(drafted, s.initiativeVersion(drafted), "Clear objectives");
            return null;
        });
        approvedInitiative = drafted;
        db.run(em -> new JpaAuthorisationRepository(em).save(Authorisation.grant(sam, priya,
                Role.AUTHORISED_CONTRIBUTOR, AuthorisationScope.everything(),
                ValidityPeriod.starting(clock.instant(), Duration.ofDays(365)), Optional.of(new TrainingRecord(
                        "Official use of social media", LocalDate.now(clock).minusDays(7), priya.id())), clock)
                .authorisation()));
    }

    /** The actions there is an attempt for. */
    Set<ProtectedAction> attempts() {
        return preparations.keySet();
    }

    /** Prepares a fresh target for the action and returns the attempt at it. */
    Attempt prepare(ProtectedAction action) {
        Supplier<Attempt> preparation = preparations.get(action);
        if (preparation == null) {
            throw new AssertionError("no attempt is defined for " + action);
        }
        return preparation.get();
    }

    /**
     * Runs the attempt as a user holding the one role, in one transaction, and returns what it threw (null when it
     * succeeded). Segregation of duties needs two people: the sponsor's side of an initiative is tried as the
     * sponsor, everything else as the CMB officer.
     */
    RuntimeException attemptAs(String username, AppRole role, ProtectedAction action, Attempt attempt) {
        Employee employee = switch (action) {
            case INITIATIVE_DRAFT, INITIATIVE_REVISE_BUSINESS_CASE, INITIATIVE_ADD_RISK, INITIATIVE_REMOVE_RISK,
                    INITIATIVE_SUBMIT -> sam;
            case POST_ANSWER_CONSENT -> kim;
            default -> priya;
        };
        if (action == ProtectedAction.PASSWORD_CHANGE) {
            Employee person = employee("MP" + next(), "Matrix Password " + counter, FAMILIES);
            db.run(em -> new UserStore(em).create(username, person.id().value(), HASHING.hash(
                    OLD_PASSWORD.toCharArray()), EnumSet.of(role)));
        }
        RuntimeException[] failure = new RuntimeException[1];
        db.run(em -> {
            try {
                attempt.run(services(em, new ActingUser(username, employee, EnumSet.of(role))));
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        });
        return failure[0];
    }

    /** What refuses to run a user's action as the app: the exception's simple name, or null when it ran. */
    String runAsAppRefused(ProtectedAction action) {
        try {
            asAdministrator(s -> s.commands().runAsApp(action, au.gov.dss.socialmedia.admin.platform.command.Subject
                    .none("matrix"), () -> au.gov.dss.socialmedia.admin.platform.command.Done.did("ran")));
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName();
        }
    }

    /** The newest audit entry of the user. */
    AuditEntry lastEntryOf(String username) {
        List<AuditEntry> entries = db.inTransaction(em -> AuditTrails.over(em, clock).byActor(username, 1));
        if (entries.isEmpty()) {
            throw new AssertionError("nothing was audited for " + username);
        }
        return entries.get(0);
    }

    /** Every audit entry of the user, newest first. */
    List<AuditEntry> entriesOf(String username) {
        return db.inTransaction(em -> AuditTrails.over(em, clock).byActor(username, 100));
    }

    /** How many commands the audit trail records as done. */
    long doneEntries() {
        return db.inTransaction(AuditTrails::done);
    }

    private void defineAttempts() {
        preparations.put(ProtectedAction.ACCOUNT_PROPOSE, () -> {
            ProposeAccount proposal = proposal();
            return s -> s.accounts().propose(proposal);
        });
        preparations.put(ProtectedAction.ACCOUNT_ACTIVATE, () -> {
            String id = proposedAccount();
            return s -> s.accounts().activate(id, s.accountVersion(id));
        });
        preparations.put(ProtectedAction.ACCOUNT_SUSPEND, () -> {
            String id = activeAccount();
            return s -> s.accounts().suspend(id, s.accountVersion(id), "Suspected compromise");
        });
        preparations.put(ProtectedAction.ACCOUNT_REINSTATE, () -> {
            String id = activeAccount();
            asAdministrator(s -> {
                s.accounts().suspend(id, s.accountVersion(id), "Suspected compromise");
                return null;
            });
            return s -> s.accounts().reinstate(id, s.accountVersion(id), "Security review completed");
        });
        preparations.put(ProtectedAction.ACCOUNT_DECOMMISSION, () -> {
            String id = proposedAccount();
            return s -> s.accounts().decommission(id, s.accountVersion(id), "No longer needed");
        });
        preparations.put(ProtectedAction.ACCOUNT_EDIT, () -> {
            String id = activeAccount();
            return s -> s.accounts().edit(id, s.accountVersion(id), "Updates for families and carers", null);
        });
        preparations.put(ProtectedAction.ACCOUNT_RECORD_PRIVACY_REVIEW, () -> {
            String id = activeAccount();
            LocalDate today = LocalDate.now(clock);
            return s -> s.accounts().recordPrivacyReview(id, s.accountVersion(id), today, today.plusMonths(6),
                    "Comments restricted to followers");
        });

        preparations.put(ProtectedAction.AUTHORISATION_GRANT, () -> {
            GrantAuthorisation grant = grantToNewContributor();
            return s -> s.authorisations().grant(grant);
        });
        preparations.put(ProtectedAction.AUTHORISATION_SUSPEND, () -> {
            String id = grantedAuthorisation();
            return s -> s.authorisations().suspend(id, s.authorisationVersion(id), "Under review");
        });
        preparations.put(ProtectedAction.AUTHORISATION_REINSTATE, () -> {
            String id = grantedAuthorisation();
            asAdministrator(s -> {
                s.authorisations().suspend(id, s.authorisationVersion(id), "Under review");
                return null;
            });
            return s -> s.authorisations().reinstate(id, s.authorisationVersion(id), "Review completed");
        });
        preparations.put(ProtectedAction.AUTHORISATION_REVOKE, () -> {
            String id = grantedAuthorisation();
            return s -> s.authorisations().revoke(id, s.authorisationVersion(id), "Left the team");
        });
        preparations.put(ProtectedAction.AUTHORISATION_RENEW, () -> {
            String id = grantedAuthorisation();
            LocalDate newLastDay = LocalDate.now(clock).plusDays(200);
            return s -> s.authorisations().renew(id, s.authorisationVersion(id), newLastDay);
        });

        preparations.put(ProtectedAction.EMPLOYEE_IMPORT, () -> {
            int n = next();
            byte[] file = ("employee_number,name,work_email,business_area_code,business_area_name,employment_type,"
                    + "on_leave\nMI" + n + ",Imported Person " + n + ",mi" + n + "@dss.gov.au,FAM,Families Group,"
                    + "ONGOING,no\n").getBytes(StandardCharsets.UTF_8);
            return s -> {
                ImportReport report = s.employees().start("staff-" + n + ".csv", file).report();
                if (report == null || !report.imported()) {
                    throw new AssertionError("the import did not import: " + report);
                }
            };
        });

        preparations.put(ProtectedAction.INITIATIVE_DRAFT, () -> {
            String title = "Matrix initiative " + next();
            return s -> s.initiatives().draft(title, "FAM");
        });
        preparations.put(ProtectedAction.INITIATIVE_REVISE_BUSINESS_CASE, () -> {
            String id = draftedInitiative();
            return s -> s.initiatives().reviseBusinessCase(id, s.initiativeVersion(id), businessCase());
        });
        preparations.put(ProtectedAction.INITIATIVE_ADD_RISK, () -> {
            String id = draftedInitiative();
            return s -> s.initiatives().addRisk(id, s.initiativeVersion(id), risk());
        });
        preparations.put(ProtectedAction.INITIATIVE_REMOVE_RISK, () -> {
            String id = draftedInitiative();
            complete(id);
            return s -> s.initiatives().removeRisk(id, s.initiativeVersion(id), 0);
        });
        preparations.put(ProtectedAction.INITIATIVE_SUBMIT, () -> {
            String id = draftedInitiative();
            complete(id);
            return s -> s.initiatives().submit(id, s.initiativeVersion(id));
        });
        preparations.put(ProtectedAction.INITIATIVE_APPROVE, () -> {
            String id = submittedInitiative();
            return s -> s.initiatives().approve(id, s.initiativeVersion(id), "Well argued");
        });
        preparations.put(ProtectedAction.INITIATIVE_REJECT, () -> {
            String id = submittedInitiative();
            return s -> s.initiatives().reject(id, s.initiativeVersion(id), "Duplicates an existing channel");
        });
        preparations.put(ProtectedAction.INITIATIVE_REQUEST_CHANGES, () -> {
            String id = submittedInitiative();
            return s -> s.initiatives().requestChanges(id, s.initiativeVersion(id), "Name the moderators");
        });

        preparations.put(ProtectedAction.RECORD_RETRY, () -> {
            String id = failedRecord();
            return s -> s.records().retry(id);
        });
        preparations.put(ProtectedAction.RECORD_VERIFY, () -> {
            String id = capturedRecord();
            return s -> {
                List<String> problems = s.records().verify(id);
                if (!problems.isEmpty()) {
                    throw new AssertionError("the captured record's fixity is broken: " + problems);
                }
            };
        });
    }

    private void defineReadingAttempts() {
        preparations.put(ProtectedAction.ACCOUNT_EXPORT, () -> s -> s.accountQueries().export(
                new AccountFilter(null, null, null, null)));
        preparations.put(ProtectedAction.AUTHORISATION_EXPORT, () -> s -> s.authorisationQueries().export(
                new AuthorisationFilter(null, null, null, null)));
        preparations.put(ProtectedAction.INITIATIVE_EXPORT, () -> s -> s.initiativeQueries().export(
                new InitiativeFilter(null, null, null, null)));
        preparations.put(ProtectedAction.EMPLOYEE_EXPORT, () -> s -> s.employeeQueries().export(
                new EmployeeFilter(null, null, null, null)));
        preparations.put(ProtectedAction.USER_EXPORT, () -> s -> s.userQueries().export(
                new UserFilter(null, null, null)));
        preparations.put(ProtectedAction.RECORD_EXPORT, () -> s -> s.recordQueries().export(
                new RecordFilter(null, null, null, null)));
        preparations.put(ProtectedAction.AUDIT_EXPORT, () -> s -> s.audit().export(
                new AuditFilter(null, Set.of(), null, null, null, null, null)));
        preparations.put(ProtectedAction.RULESET_VIEW, () -> s -> {
            List<RuleSetVersion> versions = s.ruleSets().versions();
            if (versions.stream().noneMatch(RuleSetVersion::inForce)) {
                throw new AssertionError("no version in force: " + versions);
            }
        });
        preparations.put(ProtectedAction.SELF_CHECK, () -> s -> {
            LocalDate today = LocalDate.now(clock);
            long before = s.selfCheck().checksOn(today);
            SelfCheckResult guidance = s.selfCheck().check("Ring me on 0412 345 678 after work");
            if (guidance.findings().isEmpty() || s.selfCheck().checksOn(today) != before + 1) {
                throw new AssertionError("the check gave no guidance or was not counted: " + guidance);
            }
        });
        preparations.put(ProtectedAction.PASSWORD_CHANGE, () -> s -> s.passwords().change(OLD_PASSWORD,
                "Matrix-New-Password-" + next(), "Matrix-New-Password-" + counter));
    }

    private void definePostAttempts() {
        preparations.put(ProtectedAction.POST_DRAFT, () -> {
            PostForm form = postForm(activeAccount());
            return s -> s.posts().draft(form);
        });
        preparations.put(ProtectedAction.POST_SCREEN, () -> {
            String account = activeAccount();
            return s -> {
                if (s.postQueries().screen(account, new PostForm(account, "Call me on 0412 345 678", null, null,
                        null)).orElseThrow().isClear()) {
                    throw new AssertionError("the screening found no phone number");
                }
            };
        });
        preparations.put(ProtectedAction.POST_EDIT, () -> {
            String id = samsPost(false);
            return s -> s.posts().edit(id, s.postVersion(id), postForm(null));
        });
        preparations.put(ProtectedAction.POST_SUBMIT, () -> {
            String id = asAdministrator(s -> s.posts().draft(postForm(activeAccount())));
            return s -> s.posts().submit(id, s.postVersion(id));
        });
        preparations.put(ProtectedAction.POST_APPROVE, () -> {
            String id = samsPost(true);
            return s -> s.posts().approve(id, s.postVersion(id), "Accurate", Set.of(), null);
        });
        preparations.put(ProtectedAction.POST_REJECT, () -> {
            String id = samsPost(true);
            return s -> s.posts().reject(id, s.postVersion(id), "Check the date");
        });
        preparations.put(ProtectedAction.POST_ANSWER_CONSENT, () -> {
            String account = activeAccount();
            String id = asSponsor(s -> s.posts().draft(new PostForm(account, "Renters may get Rent Assistance "
                    + next(), List.of(), List.of(), List.of("HOU"))));
            return s -> s.posts().giveConsent(id, s.postVersion(id), "Say 'eligible renters'");
        });
        preparations.put(ProtectedAction.POST_PUBLISH, () -> {
            String id = approvedPost();
            return s -> s.posts().publish(id, s.postVersion(id), null);
        });
        preparations.put(ProtectedAction.POST_RECORD_ADDRESS, () -> {
            String id = approvedPost();
            asAdministrator(s -> {
                s.posts().publish(id, s.postVersion(id), null);
                return null;
            });
            String handle = asAdministrator(s -> s.postQueries().detail(id).orElseThrow().account())
                    .replace("X (Twitter) @", "");
            return s -> s.posts().recordAddress(id, s.postVersion(id), "https://x.com/" + handle + "/status/1");
        });
        preparations.put(ProtectedAction.POST_WITHDRAW, () -> {
            String id = samsPost(false);
            return s -> s.posts().withdraw(id, s.postVersion(id), "No longer needed");
        });
        preparations.put(ProtectedAction.POST_EXPORT, () -> s -> s.postQueries().export(
                new PostFilter(null, null, null, null, null, null, null)));
        preparations.put(ProtectedAction.POST_PUBLISH_SCHEDULED, () -> {
            String id = samsPost(true);
            asAdministrator(s -> {
                s.posts().approve(id, s.postVersion(id), "For later", Set.of(), clock.instant().plusMillis(20));
                return null;
            });
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return s -> {
                if (!s.posts().publishScheduled(id)) {
                    throw new AssertionError("the scheduled post was not published");
                }
            };
        });
    }

    private PostForm postForm(String account) {
        return new PostForm(account, "Family payments rise on 1 July; see www.dss.gov.au " + next(), List.of(),
                List.of(), List.of());
    }

    /** A post Sam drafted (and submitted) on a new active account. */
    private String samsPost(boolean submitted) {
        String account = activeAccount();
        String id = asSponsor(s -> s.posts().draft(postForm(account)));
        if (submitted) {
            asSponsor(s -> {
                s.posts().submit(id, s.postVersion(id));
                return null;
            });
        }
        return id;
    }

    private String approvedPost() {
        String id = samsPost(true);
        asAdministrator(s -> {
            s.posts().approve(id, s.postVersion(id), "Accurate", Set.of(), null);
            return null;
        });
        return id;
    }

    private void defineUserAttempts() {
        preparations.put(ProtectedAction.USER_CREATE, () -> {
            Employee person = employee("MU" + next(), "Matrix User " + counter, FAMILIES);
            NewUser user = new NewUser("matrix.user" + counter, person.id().value(), List.of("AUDITOR"));
            return s -> s.users().create(user);
        });
        preparations.put(ProtectedAction.USER_CHANGE_ROLES, () -> {
            String username = newUser();
            List<String> roles = List.of("AUDITOR", "RECORDS_OFFICER");
            return s -> s.users().changeRoles(username, s.userVersion(username), roles);
        });
        preparations.put(ProtectedAction.USER_DISABLE, () -> {
            String username = newUser();
            return s -> s.users().disable(username, s.userVersion(username));
        });
        preparations.put(ProtectedAction.USER_ENABLE, () -> {
            String username = newUser();
            asAdministrator(s -> {
                s.users().disable(username, s.userVersion(username));
                return null;
            });
            return s -> s.users().enable(username, s.userVersion(username));
        });
        preparations.put(ProtectedAction.USER_RESET_PASSWORD, () -> {
            String username = newUser();
            return s -> s.users().resetPassword(username, s.userVersion(username));
        });
    }

    private String newUser() {
        Employee person = employee("MU" + next(), "Matrix User " + counter, FAMILIES);
        String username = "matrix.user" + counter;
        asAdministrator(s -> s.users().create(new NewUser(username, person.id().value(), List.of("AUDITOR"))));
        return username;
    }

    private ProposeAccount proposal() {
        return new ProposeAccount("X_TWITTER", null, "@matrix" + next(), "Updates for families", "FAM",
                priya.id().value(), approvedInitiative);
    }

    private String proposedAccount() {
        ProposeAccount proposal = proposal();
        return asAdministrator(s -> s.accounts().propose(proposal));
    }

    private String activeAccount() {
        String id = proposedAccount();
        asAdministrator(s -> {
            s.accounts().activate(id, s.accountVersion(id));
            return null;
        });
        return id;
    }

    private GrantAuthorisation grantToNewContributor() {
        Employee holder = employee("MX" + next(), "Matrix Contributor " + counter, FAMILIES);
        String account = activeAccount();
        LocalDate today = LocalDate.now(clock);
        return new GrantAuthorisation(holder.id().value(), "AUTHORISED_CONTRIBUTOR", false, List.of(account),
                List.of("PUBLISH", "RESPOND"), today, today.plusDays(90), "Official use of social media",
                today.minusDays(7));
    }

    private String grantedAuthorisation() {
        GrantAuthorisation grant = grantToNewContributor();
        return asAdministrator(s -> s.authorisations().grant(grant));
    }

    private String draftedInitiative() {
        String title = "Matrix initiative " + next();
        return asSponsor(s -> s.initiatives().draft(title, "FAM"));
    }

    private void complete(String initiative) {
        asSponsor(s -> {
            s.initiatives().reviseBusinessCase(initiative, s.initiativeVersion(initiative), businessCase());
            return null;
        });
        asSponsor(s -> {
            s.initiatives().addRisk(initiative, s.initiativeVersion(initiative), risk());
            return null;
        });
    }

    private String submittedInitiative() {
        String id = draftedInitiative();
        complete(id);
        asSponsor(s -> {
            s.initiatives().submit(id, s.initiativeVersion(id));
            return null;
        });
        return id;
    }

    private BusinessCaseForm businessCase() {
        LocalDate start = LocalDate.now(clock).plusDays(14);
        return new BusinessCaseForm("Help families find payments", "Families with young children", "Facebook\nX",
                "0.5 FTE content officer", "Reach; questions answered in a day", start, start.plusMonths(6));
    }

    private RiskForm risk() {
        return new RiskForm("People post personal details in comments", "LIKELY", "MAJOR",
                "Moderate within one business hour", sam.id().value(), "Weekly moderation report");
    }

    /** A record the sync gave up on: one more event captured, every pending record claimed and parked. */
    private String failedRecord() {
        activeAccount();
        try {
            List<Claim> claims = outbox.claim("matrix-test", 10_000, Duration.ofMinutes(5));
            for (Claim claim : claims) {
                outbox.markFailed(claim, "target unavailable", Optional.empty());
            }
            return claims.get(claims.size() - 1).request().recordId().toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record captured in the BagIt archive by the real sync. */
    private String capturedRecord() {
        activeAccount();
        try {
            worker.syncUntilIdle(1_000, Duration.ofMinutes(1));
            return outbox.list(RecordStatus.CAPTURED, 0, 1).get(0).recordId().toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Employee employee(String number, String name, BusinessArea area) {
        Employee employee = new Employee(EmployeeId.of(number), name,
                WorkEmail.of(number.toLowerCase() + "@dss.gov.au"), area, EmploymentType.ONGOING, false);
        db.run(em -> new JpaEmployeeDirectory(em).save(employee));
        return employee;
    }

    private int next() {
        return ++counter;
    }

    private <T> T asAdministrator(Function<Services, T> work) {
        return as(new ActingUser("setup-priya", priya, EnumSet.allOf(AppRole.class)), work);
    }

    private <T> T asSponsor(Function<Services, T> work) {
        return as(new ActingUser("setup-sam", sam, EnumSet.allOf(AppRole.class)), work);
    }

    private <T> T as(CurrentUser user, Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(services(em, user)));
    }

    private Services services(EntityManager em, CurrentUser user) {
        AuditTrail trail = AuditTrails.over(em, clock);
        CommandRunner commands = new CommandRunner(user, trail, new JpaUnitOfWork(em));
        JpaAccountRepository accountRepository = new JpaAccountRepository(em);
        JpaAuthorisationRepository authorisationRepository = new JpaAuthorisationRepository(em);
        JpaInitiativeRepository initiativeRepository = new JpaInitiativeRepository(em);
        JpaEmployeeDirectory employees = new JpaEmployeeDirectory(em);
        JpaEmployeeLookup lookup = new JpaEmployeeLookup(em);
        JpaStoredVersions versions = new JpaStoredVersions(em);
        History history = new History(trail, em);
        AuthorisationRegister register = new AuthorisationRegister(authorisationRepository, employees);
        UserStore userStore = new UserStore(em);

        Screening screening = new Screening(engine, clock);
        PostScreening postScreening = new PostScreening(screening, register, clock);
        PlatformLimits limits = new PlatformLimits(key -> Optional.empty());
        JpaPostRepository postRepository = new JpaPostRepository(em);
        AccountQueries accountQueries = new AccountQueries(AccountAdapters.listing(em), lookup,
                new JpaInitiativeLookup(em), history, commands, clock);
        return new Services(
                new AccountCommands(accountRepository, AccountAdapters.listing(em), initiativeRepository, employees,
                        lookup, register, versions, user, commands, recordKeeping, clock),
                accountQueries,
                new AuthorisationCommands(authorisationRepository, employees, lookup, versions, user, commands,
                        recordKeeping, clock),
                new AuthorisationQueries(AuthorisationAdapters.listing(em, clock), authorisationRepository, register,
                        accountQueries, lookup, history, versions, commands, clock),
                new InitiativeCommands(initiativeRepository, lookup, versions, user, commands, recordKeeping, clock),
                new InitiativeQueries(InitiativeAdapters.listing(em), initiativeRepository, lookup, history,
                        versions, user, commands),
                new RecordCommands(outbox, new WorkerSynchroniser(worker), commands),
                new RecordQueries(RecordAdapters.listing(em), outbox, user, commands),
                new EmployeeImports(commands, new EmployeeImport(new JpaEmployeeImportStore(em), commands),
                        Runnable::run),
                new EmployeeQueries(EmployeeAdapters.listing(em), lookup, history, commands),
                new UserCommands(userStore, lookup, HASHING, user, commands),
                new UserQueries(UserAdapters.listing(em), history, lookup, user, commands),
                new AuditQueries(AuditAdapters.listing(em), trail, user, commands, clock),
                new PasswordChange(userStore, HASHING, user, commands),
                userStore, versions,
                new SelfCheck(screening, new JdbcSelfCheckCount(db.dataSource()), commands, clock),
                new RuleSets(screening, commands, clock),
                new PostCommands(postRepository, accountRepository, lookup, register, postScreening, limits,
                        versions, user, commands, recordKeeping, clock),
                new PostQueries(PostAdapters.listing(em), postRepository, accountRepository,
                        AccountAdapters.listing(em), lookup, register, postScreening, limits, history, versions,
                        user, commands, clock),
                commands);
    }

    /** The logged-in user, as the container would give it: a name, the employee they are, and their roles. */
    private static final class ActingUser extends CurrentUser {

        private final String username;
        private final Employee employee;
        private final Set<AppRole> roles;

        ActingUser(String username, Employee employee, Set<AppRole> roles) {
            this.username = username;
            this.employee = employee;
            this.roles = roles;
        }

        @Override
        public Optional<String> username() {
            return Optional.of(username);
        }

        @Override
        public Employee employee() {
            return employee;
        }

        @Override
        public boolean hasRole(AppRole role) {
            return roles.contains(role);
        }
    }

    /** The synchroniser's fixity check, on the real sync worker, without the container's schedule. */
    private static final class WorkerSynchroniser extends RecordsSynchroniser {

        private final RecordSync worker;

        WorkerSynchroniser(RecordSync worker) {
            this.worker = worker;
        }

        @Override
        public Optional<List<FixityCheck>> verify(UUID recordId) throws SQLException {
            return worker.verify(recordId);
        }
    }
}
