package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/** Every page meets WCAG 2.1 AA as far as axe-core can tell: no serious or critical violation. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccessibilityIT {

    @ParameterizedTest(name = "{0} has no serious or critical accessibility violation")
    @ValueSource(strings = {"/app/index.xhtml", "/app/accounts.xhtml", "/app/authorisations.xhtml",
            "/app/initiatives.xhtml", "/app/employees.xhtml", "/app/audit.xhtml", "/app/records.xhtml", "/app/no-such-page.xhtml"})
    void a_page_of_the_app_has_no_serious_or_critical_accessibility_violation(String path, RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("rory");
            chrome.open(path);
            List<String> violations = Accessibility.seriousViolations(chrome);
            assertEquals(List.of(), violations, path);
        }
    }

    @Test
    void the_employees_page_showing_the_report_of_rejected_rows_has_no_serious_or_critical_accessibility_violation(
            RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/employees.xhtml");
            EmployeesIT.upload(chrome, EmployeesIT.badFile(EmployeesIT.uniqueTag()));
            chrome.awaitText("rows rejected, so nothing was imported");
            assertEquals(3, EmployeesIT.reportedLines(chrome).size());
            assertEquals(List.of(), Accessibility.seriousViolations(chrome), "employees page with its report");
        }
    }

    @ParameterizedTest(name = "{0} has no serious or critical accessibility violation for a CMB administrator")
    @ValueSource(strings = "/app/users.xhtml")
    void an_administrator_page_has_no_serious_or_critical_accessibility_violation(String path, RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open(path);
            assertEquals(List.of(), Accessibility.seriousViolations(chrome), path);
        }
    }

    @Test
    void the_roles_dialog_of_the_users_page_has_no_serious_or_critical_accessibility_violation(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/users.xhtml").filter("users:text", "Alex Nguyen")
                    .clickInRow("Alex Nguyen", "button.change-roles").awaitText("Save roles");
            assertEquals(List.of(), Accessibility.seriousViolations(chrome), "users page with the roles dialog open");
        }
    }

    @ParameterizedTest(name = "the login page has no serious or critical accessibility violation")
    @ValueSource(strings = "/login.xhtml")
    void the_login_page_has_no_serious_or_critical_accessibility_violation(String path, RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.open(path);
            assertEquals(List.of(), Accessibility.seriousViolations(chrome), path);
        }
    }

    @Test
    void a_page_showing_a_confirmation_or_a_refusal_has_no_serious_or_critical_accessibility_violation(
            RunningApp app) throws Exception {
        String handle = "@a11y" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        for (String user : List.of("alex", "jordan")) {
            try (Chrome chrome = new Chrome(app)) {
                chrome.logInAsDemoUser(user);
                chrome.open("/app/accounts.xhtml")
                        .choose("propose:platform", "X (Twitter)")
                        .type("propose:handleOrUrl", handle)
                        .type("propose:purpose", "Accessibility check")
                        .choose("propose:owningArea", "Families Group")
                        .complete("propose:administrator", "Alex", "Alex Nguyen")
                        .choose("propose:initiative", "Family payments awareness campaign")
                        .click(By.id("propose:submit"));
                chrome.awaitText(user.equals("alex") ? "Account " + handle + " proposed."
                        : "Your role does not allow this action.");
                assertEquals(List.of(), Accessibility.seriousViolations(chrome), "with the message " + user + " sees");
            }
        }
    }
}
