package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The personal-use self-check and the rule sets, as people use them: a plain employee sees only what they may use,
 * pastes a draft and gets the guidance with what was found marked in their text, nothing blocked; a draft that
 * cannot be checked is said so beside the field, kept as typed; CMB sees the rule set in force.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SelfCheckIT {

    /** A draft of a personal post holding a phone number and an abusive word. */
    static final String DRAFT = "Rang the office again today. Call me on 0412 345 678 if you know anyone there"
            + " who isn't a complete idiot.";

    /** Pastes the draft into the self-check and checks it. */
    static void check(Chrome chrome, String draft) {
        chrome.open("/app/self-check.xhtml");
        if (!draft.isEmpty()) {
            chrome.type("check:draft", draft);
        }
        chrome.click(By.id("check:submit"));
        chrome.settle();
    }

    @Test
    void a_plain_employee_sees_only_home_the_self_check_and_their_own_page(RunningApp app) throws Exception {
        try (Chrome casey = new Chrome(app)) {
            casey.logInAsDemoUser("casey");
            casey.open("/app/index.xhtml").awaitText("Posting on your own accounts?");
            List<String> menu = casey.driver().findElements(By.cssSelector(".main-nav a")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("Home", "Check a personal post"), menu);
            assertFalse(casey.text().contains("Accounts by state"), casey.text());
            casey.screenshot("employee-home");
            casey.open("/app/me.xhtml").awaitText("Employee (self-check only)");
            casey.screenshot("employee-me");
        }
        try (Browser casey = new Browser(app)) {
            casey.logIn("casey", "Demo-Password-2026");
            for (String page : List.of("/app/accounts.xhtml", "/app/employees.xhtml", "/app/rule-sets.xhtml",
                    "/app/initiatives.xhtml")) {
                HtmlPage refused = casey.open(page);
                assertEquals(403, refused.getWebResponse().getStatusCode(), page);
            }
            assertEquals(200, casey.open("/change-password.xhtml").getWebResponse().getStatusCode());
        }
    }

    @Test
    void a_draft_gets_the_guidance_for_personal_use_with_each_finding_marked_in_the_text_and_nothing_blocked(
            RunningApp app) throws Exception {
        try (Chrome casey = new Chrome(app)) {
            casey.logInAsDemoUser("casey");
            casey.open("/app/self-check.xhtml").awaitText("63,206 characters left");
            casey.screenshot("employee-self-check-empty");
            check(casey, DRAFT);
            casey.awaitText("Worth another look");
            casey.screenshot("employee-self-check-guidance");

            assertTrue(casey.text().contains("nothing you post personally is blocked"), casey.text());
            List<String> marked = casey.driver().findElements(By.cssSelector("#marked mark")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(marked.stream().anyMatch(m -> m.startsWith("0412 345 678")), marked.toString());
            assertTrue(marked.stream().anyMatch(m -> m.startsWith("idiot") || m.contains("idiot")),
                    marked.toString());
            String findings = casey.driver().findElement(By.cssSelector(".self-check-findings")).getText();
            assertTrue(findings.contains("Personal details") && findings.contains("Offensive content"), findings);
            assertTrue(findings.contains("The policy:"), findings);
            assertTrue(casey.text().contains("Would I be comfortable if my manager read my comments?"),
                    casey.text());
            assertEquals(DRAFT, casey.driver().findElement(By.id("check:draft")).getAttribute("value"),
                    "the draft stays as typed");
        }
    }

    @Test
    void an_empty_draft_or_one_too_long_is_said_beside_the_field_what_was_typed_kept(RunningApp app)
            throws Exception {
        try (Chrome casey = new Chrome(app)) {
            casey.logInAsDemoUser("casey");
            check(casey, "");
            casey.awaitText("Paste or type the draft you want to check.");

            String tooLong = "Word ".repeat(12_642); // 63,210 characters
            casey.open("/app/self-check.xhtml");
            ((org.openqa.selenium.JavascriptExecutor) casey.driver()).executeScript(
                    "var f = document.getElementById('check:draft'); f.value = arguments[0];"
                            + " f.dispatchEvent(new Event('input', {bubbles: true}));", tooLong);
            casey.awaitText("4 characters too many");
            casey.click(By.id("check:submit"));
            casey.settle();
            casey.awaitText("The draft is 63,210 characters long");
            casey.driver().findElement(By.id("check:draft")).sendKeys(org.openqa.selenium.Keys.CONTROL,
                    org.openqa.selenium.Keys.HOME);
            casey.screenshot("employee-self-check-too-long");
            assertEquals(tooLong.length(), casey.driver().findElement(By.id("check:draft")).getAttribute("value")
                    .length(), "nothing typed is lost");
            assertFalse(casey.text().contains("Guidance for your draft"), casey.text());
        }
    }

    @Test
    void cmb_sees_the_rule_set_in_force_and_its_history_and_a_contributor_does_not(RunningApp app)
            throws Exception {
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/index.xhtml").follow("Rule sets");
            alex.awaitText("In force today: version 2026.12-1");
            assertTrue(alex.text().contains("1 Dec 2014"), alex.text());
            alex.screenshot("administrator-rule-sets");
            alex.driver().findElement(By.cssSelector(".rule-set summary")).click();
            alex.awaitText("Personal details (");
            alex.screenshot("administrator-rule-sets-open");
            SelfCheckIT.check(alex, "Nice day.");
            alex.awaitText("Nothing found");
            alex.screenshot("administrator-self-check-pass");
        }
        try (Browser jordan = new Browser(app)) {
            jordan.logIn("jordan", "Demo-Password-2026");
            assertEquals(403, jordan.open("/app/rule-sets.xhtml").getWebResponse().getStatusCode());
            assertFalse(jordan.open("/app/index.xhtml").asNormalizedText().contains("Rule sets"));
        }
    }
}
