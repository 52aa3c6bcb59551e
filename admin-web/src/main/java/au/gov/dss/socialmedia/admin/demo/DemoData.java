package au.gov.dss.socialmedia.admin.demo;

import au.gov.dss.socialmedia.admin.account.persistence.JpaAccountRepository;
import au.gov.dss.socialmedia.admin.authorisation.persistence.JpaAuthorisationRepository;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.initiative.persistence.JpaInitiativeRepository;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.Activity;
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
import au.gov.dss.socialmedia.domain.common.WorkEmail;
import au.gov.dss.socialmedia.domain.initiative.BusinessCase;
import au.gov.dss.socialmedia.domain.initiative.Consequence;
import au.gov.dss.socialmedia.domain.initiative.Initiative;
import au.gov.dss.socialmedia.domain.initiative.Likelihood;
import au.gov.dss.socialmedia.domain.initiative.PlannedPeriod;
import au.gov.dss.socialmedia.domain.initiative.Risk;
import au.gov.dss.socialmedia.domain.initiative.RiskManagementPlan;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data, behind the switch {@code DEMO_DATA=true} (off by default): a small department with business areas,
 * employees and their users, initiatives in several states, authorisations and accounts in every state, so that a
 * new user sees a living app at once. Everything is made through the domain's own commands, so the demo data obeys
 * the policy like real data. It is added once, to a database that has no account yet.
 */
@Singleton
@Startup
@DependsOn("InitialAdministrator")
public class DemoData {

    /** The password of every demo user (demo data is for trying the app, never for production). */
    public static final String DEMO_PASSWORD = "Demo-Password-2026";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final BusinessArea FAMILIES = new BusinessArea("FAM", "Families Group");
    private static final BusinessArea HOUSING = new BusinessArea("HOU", "Housing and Homelessness Group");
    private static final BusinessArea DISABILITY = new BusinessArea("DIS", "Disability and Carers Group");

    @Inject
    @ConfigProperty(name = "demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    JpaEmployeeDirectory employees;

    @Inject
    JpaInitiativeRepository initiatives;

    @Inject
    JpaAuthorisationRepository authorisations;

    @Inject
    JpaAccountRepository accounts;

    @Inject
    UserStore users;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @PostConstruct
    void seed() {
        if (!enabled || !accounts.findByState(AccountState.PROPOSED).isEmpty()
                || !accounts.findByState(AccountState.ACTIVE).isEmpty()) {
            return;
        }
        Employee alex = employee("C1001", "Alex Nguyen", BusinessArea.CMB);
        Employee priya = employee("C1002", "Priya Sharma", BusinessArea.CMB);
        Employee tom = employee("C1003", "Tom O'Brien", BusinessArea.CMB);
        Employee jordan = employee("F2001", "Jordan Lee", FAMILIES);
        Employee sam = employee("F2002", "Sam Taylor", FAMILIES);
        Employee kim = employee("H2101", "Kim Walker", HOUSING);
        employee("D2201", "Chris Martin", DISABILITY);
        Employee wren = employee("W3001", "Wren Collins", BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT);
        Employee rory = employee("C1004", "Rory Evans", BusinessArea.CMB);
        Employee casey = employee("H2102", "Casey Morgan", HOUSING);

        user("alex", alex, EnumSet.of(AppRole.CMB_ADMINISTRATOR));
        user("priya", priya, EnumSet.of(AppRole.CMB_APPROVER, AppRole.CMB_ADMINISTRATOR));
        user("jordan", jordan, EnumSet.of(AppRole.AUTHORISED_CONTRIBUTOR));
        user("sam", sam, EnumSet.of(AppRole.AUTHORISED_CONTRIBUTOR));
        user("wren", wren, EnumSet.of(AppRole.CONDUCT_OFFICER));
        user("rory", rory, EnumSet.of(AppRole.RECORDS_OFFICER, AppRole.AUDITOR));
        user("casey", casey, EnumSet.of(AppRole.EMPLOYEE));
        em.flush(); // rows refer to each other by plain columns, so the employees go in first

        Initiative payments = initiative("Family payments awareness campaign", FAMILIES, sam);
        payments.submit(sam, clock);
        payments.approve(priya, "Clear objectives; the personal-details risk is well controlled.", clock);
        initiatives.save(payments);
        Initiative forum = initiative("Housing stakeholder forum", HOUSING, kim);
        forum.submit(kim, clock);
        initiatives.save(forum);
        em.flush();

        ValidityPeriod year = ValidityPeriod.starting(clock.instant(), Duration.ofDays(365));
        grant(alex, tom, Role.COMMUNICATION_ACCOUNT_MANAGER, AuthorisationScope.everything(), year, Optional.empty());
        grant(priya, tom, Role.COMMUNICATION_ACCOUNT_MANAGER, AuthorisationScope.everything(), year,
                Optional.empty());
        em.flush();

        SocialMediaAccount facebook = account(alex, PlatformKind.FACEBOOK, "https://www.facebook.com/DSSFamilies",
                "Family payments news and help", FAMILIES, alex, payments);
        SocialMediaAccount x = account(alex, PlatformKind.X_TWITTER, "@DSSFamilies", "Short updates for families",
                FAMILIES, priya, payments);
        account(alex, PlatformKind.INSTAGRAM, "@dssfamilies", "Stories from families", FAMILIES, alex, payments);
        account(alex, PlatformKind.LINKEDIN, "https://www.linkedin.com/company/dss-housing-forum",
                "Stakeholder forum on housing", HOUSING, priya, forum);
        SocialMediaAccount flickr = account(alex, PlatformKind.FLICKR, "https://www.flickr.com/photos/dssgovau",
                "Event photos", BusinessArea.CMB, alex, payments);

        AuthorisationRegister register = new AuthorisationRegister(authorisations, employees);
        for (SocialMediaAccount live : new SocialMediaAccount[] {facebook, x, flickr}) {
            live.activate(alex, payments, register, clock);
        }
        x.suspend(alex, "Password reset after a suspected compromise", clock);
        flickr.decommission(alex, "Photos moved to the department's website", clock);
        for (SocialMediaAccount changed : new SocialMediaAccount[] {facebook, x, flickr}) {
            accounts.save(changed);
        }
        em.flush();
        grant(jordan, alex, Role.AUTHORISED_CONTRIBUTOR, AuthorisationScope.of(
                new AccountScope.SpecificAccounts(Set.of(facebook.id())), Activity.PUBLISH, Activity.RESPOND), year,
                Optional.of(new TrainingRecord("Official use of social media", LocalDate.now(clock).minusDays(7),
                        alex.id())));
        LOG.info("Demo data added: users alex, priya, jordan, sam, wren and rory, password " + DEMO_PASSWORD);
    }

    private Employee employee(String number, String name, BusinessArea area) {
        Employee employee = new Employee(EmployeeId.of(number), name,
                WorkEmail.of(name.toLowerCase().replace(' ', '.').replace("'", "") + "@dss.gov.au"), area,
                EmploymentType.ONGOING, false);
        employees.save(employee);
        return employee;
    }

    private void user(String username, Employee employee, Set<AppRole> roles) {
        users.create(username, employee.id().value(), hashing.hash(DEMO_PASSWORD.toCharArray()), roles);
        users.changePassword(username, hashing.hash(DEMO_PASSWORD.toCharArray()));
    }

    private Initiative initiative(String title, BusinessArea area, Employee submitter) {
        Initiative initiative = Initiative.draft(title, area, submitter, clock).initiative();
        LocalDate start = LocalDate.now(clock).plusDays(14);
        initiative.reviseBusinessCase(submitter, BusinessCase.empty()
                .withObjectives("Help people understand and use the department's services")
                .withAudience("Members of the public who use or advise on our services")
                .withChannels("Facebook", "X", "Instagram")
                .withResourcing("0.5 FTE content officer; CMB moderation support")
                .withMeasuresOfSuccess("Reach; share of questions answered within one business day")
                .withDuration(new PlannedPeriod(start, start.plusMonths(6))), clock);
        initiative.reviseRiskPlan(submitter, RiskManagementPlan.of(
                Risk.identified("People post personal details in comments", Likelihood.LIKELY, Consequence.MAJOR)
                        .withControls("Moderate within one business hour", "Switch channel to the phone line")
                        .ownedBy(submitter.id())
                        .monitoredBy("Weekly moderation report")), clock);
        initiatives.save(initiative);
        return initiative;
    }

    private void grant(Employee holder, Employee grantor, Role role, AuthorisationScope scope, ValidityPeriod period,
                       Optional<TrainingRecord> training) {
        Authorisation authorisation = Authorisation.grant(holder, grantor, role, scope, period, training, clock)
                .authorisation();
        authorisations.save(authorisation);
    }

    private SocialMediaAccount account(Employee actor, PlatformKind platform, String address, String purpose,
                                       BusinessArea area, Employee administrator, Initiative initiative) {
        SocialMediaAccount account = SocialMediaAccount.propose(actor, AccountAddress.on(platform, address), purpose,
                area, administrator, initiative.id(), clock).account();
        accounts.save(account);
        return account;
    }
}
