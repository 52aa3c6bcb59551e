package au.gov.dss.socialmedia.admin.demo;

import au.gov.dss.socialmedia.admin.account.persistence.JpaAccountRepository;
import au.gov.dss.socialmedia.admin.authorisation.persistence.JpaAuthorisationRepository;
import au.gov.dss.socialmedia.admin.employee.persistence.JpaEmployeeDirectory;
import au.gov.dss.socialmedia.admin.initiative.persistence.JpaInitiativeRepository;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.PasswordHashing;
import au.gov.dss.socialmedia.admin.security.UserStore;
import au.gov.dss.socialmedia.admin.post.application.PostScreening;
import au.gov.dss.socialmedia.admin.post.persistence.JpaPostRepository;
import au.gov.dss.socialmedia.domain.account.AccountAddress;
import au.gov.dss.socialmedia.domain.account.AccountState;
import au.gov.dss.socialmedia.domain.account.PlatformKind;
import au.gov.dss.socialmedia.domain.account.SocialMediaAccount;
import au.gov.dss.socialmedia.domain.authorisation.AccountScope;
import au.gov.dss.socialmedia.domain.authorisation.AuthorityCheck;
import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.post.OfficialPost;
import au.gov.dss.socialmedia.domain.post.PostContent;
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
 * employees and their users, initiatives in several states, authorisations and accounts in every state, official
 * posts in every state (the contributor {@code jordan} may draft on the active Facebook page), so that a
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
    JpaPostRepository posts;

    @Inject
    PostScreening screening;

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
        user("kim", kim, EnumSet.of(AppRole.AUTHORISED_CONTRIBUTOR));
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
        grant(sam, alex, Role.AUTHORISED_CONTRIBUTOR, AuthorisationScope.of(
                new AccountScope.SpecificAccounts(Set.of(facebook.id())), Activity.PUBLISH, Activity.RESPOND), year,
                Optional.of(new TrainingRecord("Official use of social media", LocalDate.now(clock).minusDays(7),
                        alex.id())));
        em.flush();
        posts(facebook, register, jordan, sam, alex, priya);
        LOG.info("Demo data added: users alex, priya, jordan, sam, kim, wren, rory and casey, password " + DEMO_PASSWORD);
    }

    /**
     * Posts on the Families Facebook page in every state: a draft, one waiting for another area's consent, one in
     * review, one rejected, one approved, one scheduled, one published where it lives, one withdrawn.
     */
    private void posts(SocialMediaAccount account, AuthorityCheck authority, Employee jordan, Employee sam,
                       Employee alex, Employee priya) {
        post(jordan, account, authority, "Parenting Payment rates change on 1 July. Read what changes for you at"
                + " https://www.dss.gov.au/families before then.", Set.of());
        post(jordan, account, authority, "Families renting privately may also be able to get Rent Assistance: our"
                + " housing team explains how at https://www.dss.gov.au/housing.", Set.of(HOUSING));
        OfficialPost inReview = post(sam, account, authority, "Join our online information session about the Family"
                + " Support Program on Thursday at 2 pm. Register at https://www.dss.gov.au/events.", Set.of());
        inReview.submit(sam, account, clock);
        OfficialPost rejected = post(sam, account, authority, "We are changing the way you report your income."
                + " More soon!", Set.of());
        rejected.submit(sam, account, clock);
        rejected.reject(priya, "Say when the change starts and link to the page that explains it.", authority, clock);
        OfficialPost approved = approved(jordan, priya, account, authority, "Our new guide to payments for"
                + " grandparent carers is out now: https://www.dss.gov.au/carers", null);
        OfficialPost scheduled = approved(jordan, priya, account, authority, "Reminder: the Families helpline is"
                + " closed on the public holiday next Monday. Our website is open all day: https://www.dss.gov.au",
                clock.instant().plus(Duration.ofDays(3)));
        OfficialPost published = approved(sam, alex, account, authority, "Thank you to everyone who came to our"
                + " family services forum in Dubbo this week. The presentations are at https://www.dss.gov.au/forum",
                null);
        published.publish(alex, account, screening.assess(published.content(), account, alex.id()),
                "https://www.facebook.com/DSSFamilies/posts/1001", authority, clock);
        OfficialPost withdrawn = approved(sam, alex, account, authority, "Applications for community grants open"
                + " on Monday at https://www.dss.gov.au/grants", null);
        withdrawn.publish(alex, account, screening.assess(withdrawn.content(), account, alex.id()), null,
                authority, clock);
        withdrawn.withdraw(alex, account, "The opening date moved; a new post will follow.", authority, clock);
        for (OfficialPost post : new OfficialPost[] {inReview, rejected, approved, scheduled, published, withdrawn}) {
            posts.save(post);
        }
    }

    private OfficialPost post(Employee author, SocialMediaAccount account, AuthorityCheck authority, String text,
                              Set<BusinessArea> speaksFor) {
        OfficialPost post = OfficialPost.draft(author, account, new PostContent(text, java.util.List.of(),
                java.util.List.of(), speaksFor, java.util.List.of()), authority, clock).post();
        posts.save(post);
        return post;
    }

    private OfficialPost approved(Employee author, Employee reviewer, SocialMediaAccount account,
                                  AuthorityCheck authority, String text, java.time.Instant publishAt) {
        OfficialPost post = post(author, account, authority, text, Set.of());
        post.submit(author, account, clock);
        ComplianceAssessment assessment = screening.assess(post.content(), account, author.id());
        post.approve(reviewer, "Accurate and in plain English.", assessment, assessment.findings().stream()
                .filter(finding -> finding.severity() == Severity.WARN).toList(), publishAt, authority, clock);
        return post;
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
