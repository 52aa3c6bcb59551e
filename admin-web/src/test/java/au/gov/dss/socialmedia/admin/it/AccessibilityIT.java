package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Every page meets WCAG 2.1 AA as far as axe-core can tell: no serious or critical violation, as each role sees it,
 * also with a message showing and with a dialog open (with and without its error). One browser per role walks its
 * pages, and the test lists every page that fails, not just the first.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessibilityIT {

    /** Scans the page the browser shows and files its serious or critical violations under the name. */
    private static void scan(Chrome chrome, String name, Map<String, List<String>> found) throws Exception {
        List<String> violations = Accessibility.seriousViolations(chrome);
        if (!violations.isEmpty()) {
            found.put(name, violations);
        }
    }

    private static void scanAt(Chrome chrome, String path, Map<String, List<String>> found) throws Exception {
        chrome.open(path);
        scan(chrome, path, found);
    }

    @Test
    void the_pages_a_records_officer_and_auditor_reads_have_no_serious_or_critical_violation(RunningApp app)
            throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Chrome rory = new Chrome(app)) {
            rory.logInAsDemoUser("rory");
            for (String path : List.of("/app/index.xhtml", "/app/accounts.xhtml", "/app/authorisations.xhtml",
                    "/app/initiatives.xhtml", "/app/employees.xhtml", "/app/audit.xhtml", "/app/records.xhtml",
                    "/app/me.xhtml", "/change-password.xhtml", "/app/no-such-page.xhtml",
                    "/app/account.xhtml?id=no-such-account")) {
                scanAt(rory, path, found);
            }
            rory.open("/app/employees.xhtml").filter("filter:text", "Priya").follow("Priya Sharma");
            scan(rory, "an employee's page", found);
            rory.open("/app/records.xhtml?status=CAPTURED");
            rory.driver().findElements(By.cssSelector("[id='list:table'] a")).stream().findFirst()
                    .ifPresent(link -> rory.follow(link.getText()));
            scan(rory, "a record's page", found);
            rory.open("/app/initiatives.xhtml").follow(AccountsIT.APPROVED);
            scan(rory, "an initiative's page, as a reader", found);
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void the_pages_an_administrator_works_in_have_no_serious_or_critical_violation_with_messages_and_dialogs(
            RunningApp app) throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            for (String path : List.of("/app/users.xhtml", "/app/user.xhtml?id=jordan",
                    "/app/propose-account.xhtml", "/app/grant-authorisation.xhtml")) {
                scanAt(alex, path, found);
            }
            alex.open("/app/propose-account.xhtml").click(By.id("propose:submit"));
            alex.awaitText("enter a value");
            scan(alex, "the proposal with its errors", found);

            AccountsIT.propose(alex);
            scan(alex, "an account's page with the message that it was proposed", found);
            alex.openDialog("actions:decommission", "decommission");
            scan(alex, "an account's page with a dialog open", found);
            alex.click(By.id("decommissionForm:confirm"));
            alex.awaitText("enter a value");
            scan(alex, "an account's page with the dialog's error", found);

            AuthorisationsIT.grantContributor(alex, "Kim Walker", AuthorisationsIT.uniqueCourse());
            alex.awaitText("Authorisation granted to Kim Walker");
            scan(alex, "an authorisation's page", found);

            alex.open("/app/users.xhtml").openDialog("create", "create");
            scan(alex, "the users page with the create dialog", found);

            alex.open("/app/employees.xhtml");
            EmployeesIT.upload(alex, EmployeesIT.badFile(EmployeesIT.uniqueTag()));
            alex.awaitText("rows rejected, so nothing was imported");
            scan(alex, "the employees page with the report of rejected rows", found);
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void the_pages_an_approver_a_contributor_and_a_plain_employee_use_have_no_serious_or_critical_violation(
            RunningApp app)
            throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        try (Chrome priya = new Chrome(app)) {
            priya.logInAsDemoUser("priya");
            scanAt(priya, "/app/index.xhtml", found);
            InitiativesIT.open(priya, AccountsIT.AWAITING_DECISION);
            scan(priya, "an initiative awaiting decision", found);
            priya.openDialog("actions:approve", "approve");
            scan(priya, "an initiative with the approval dialog", found);
        }
        try (Chrome priya = new Chrome(app)) {
            priya.logInAsDemoUser("priya");
            scanAt(priya, "/app/posts.xhtml", found);
            scanAt(priya, "/app/post-calendar.xhtml", found);
            priya.open("/app/posts.xhtml?status=SUBMITTED");
            priya.driver().findElements(By.cssSelector("[id='list:table'] a")).stream().findFirst()
                    .ifPresent(link -> priya.follow(link.getText()));
            scan(priya, "a post in review, as its reviewer", found);
            priya.openDialog("actions:approve", "approve");
            scan(priya, "a post with the approval dialog", found);
            priya.open("/app/posts.xhtml?status=PUBLISHED");
            priya.driver().findElements(By.cssSelector("[id='list:table'] a")).stream().findFirst()
                    .ifPresent(link -> priya.follow(link.getText()));
            scan(priya, "a published post", found);
        }
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.open("/app/write-post.xhtml").type("post:text",
                    "Quote your tax file number 123 456 782 and we will fix your payment.");
            new org.openqa.selenium.support.ui.WebDriverWait(jordan.driver(), Chrome.WAIT).until(d ->
                    !d.findElements(By.cssSelector(".write-post-screening .state.outcome-BLOCK")).isEmpty());
            jordan.click(By.id("post:addMedia")).click(By.id("post:addSource"));
            scan(jordan, "the writing page with its findings, a media item and a source", found);
            jordan.type("post:text", "").click(By.id("post:save"));
            jordan.awaitText("Write the text of the post.");
            scan(jordan, "the writing page with its error", found);
            scanAt(jordan, "/app/index.xhtml", found);
            scanAt(jordan, "/app/accounts.xhtml", found);
            jordan.open("/app/initiatives.xhtml").openDialog("new", "draft");
            scan(jordan, "the initiatives page with the draft dialog", found);
            scanAt(jordan, "/app/users.xhtml", found);
        }
        try (Chrome casey = new Chrome(app)) {
            casey.logInAsDemoUser("casey");
            for (String path : List.of("/app/index.xhtml", "/app/self-check.xhtml", "/app/me.xhtml")) {
                scanAt(casey, path, found);
            }
            SelfCheckIT.check(casey, "");
            casey.awaitText("Paste or type the draft you want to check.");
            scan(casey, "the self-check with its error", found);
            SelfCheckIT.check(casey, SelfCheckIT.DRAFT);
            casey.awaitText("Worth another look");
            scan(casey, "the self-check with its guidance", found);
            scanAt(casey, "/app/accounts.xhtml", found);
        }
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            scanAt(alex, "/app/rule-sets.xhtml", found);
            alex.driver().findElement(By.cssSelector(".rule-set summary")).click();
            scan(alex, "the rule sets with the rules by category open", found);
        }
        try (Chrome nobody = new Chrome(app)) {
            scanAt(nobody, "/login.xhtml", found);
            nobody.logIn("nobody", "not-the-password").awaitText("The user name or password is not right.");
            scan(nobody, "the login page with its error", found);
        }
        assertEquals(Map.of(), found);
    }
}
