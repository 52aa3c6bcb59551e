package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Journeys on the initiatives page in headless Chromium, against the real app and the demo department. Each test
 * drafts its own initiative under a unique title, so they depend neither on their order nor on each other's data.
 * The steps are package-private: {@link RecordsIT} takes the same journey to the record of an approval.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativesIT {

    static String uniqueTitle() {
        return "IT initiative " + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static void draft(Chrome chrome, String title) {
        chrome.open("/app/initiatives.xhtml")
                .type("draft:title", title)
                .choose("draft:area", "Families Group")
                .click(By.id("draft:submit"));
        chrome.awaitText("Initiative " + title + " drafted.");
    }

    static void completeAndSubmit(Chrome chrome, String title) {
        addHighRisk(chrome);
        completeBusinessCaseAndSubmit(chrome, title);
    }

    private static void completeBusinessCaseAndSubmit(Chrome chrome, String title) {
        chrome.type("businessCase:objectives", "Tell families about payment changes")
                .type("businessCase:audience", "Families receiving payments")
                .type("businessCase:channels", "Facebook\nInstagram")
                .type("businessCase:resourcing", "Two communication officers, 0.5 FTE")
                .type("businessCase:measures", "Reach and fewer call-centre enquiries")
                .type("businessCase:start", "2027-01-01")
                .type("businessCase:end", "2027-06-30")
                .click(By.id("businessCase:save"));
        chrome.awaitText("Business case of " + title + " saved.");
        chrome.click(By.id("actions:submitInitiative"));
        chrome.awaitText("Initiative " + title + " submitted to CMB.");
    }

    private static void addHighRisk(Chrome chrome) {
        chrome.type("risk:description", "Members of the public post personal details")
                .choose("risk:likelihood", "Likely")
                .choose("risk:consequence", "Major")
                .type("risk:controls", "Moderate comments daily")
                .choose("risk:owner", "Sam Taylor")
                .type("risk:monitoring", "Weekly moderation report")
                .click(By.id("risk:add"));
        chrome.awaitText("Risk Members of the public post personal details added.");
        assertTrue(chrome.rowsContaining("Members of the public post personal details").get(0).getText()
                .contains("HIGH"), chrome.text());
    }

    static void openAsOther(Chrome chrome, String title) {
        chrome.open("/app/initiatives.xhtml").clickInRow(title, "button.open");
        chrome.awaitText("History of decisions");
    }

    static String status(Chrome chrome) {
        return chrome.driver().findElement(By.id("detailStatus")).getText();
    }

    @Test
    void a_sponsor_drafts_fills_the_business_case_adds_a_high_risk_and_submits(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            String title = uniqueTitle();
            draft(chrome, title);
            completeAndSubmit(chrome, title);
            assertEquals("SUBMITTED", status(chrome));
            assertTrue(chrome.text().contains("Nothing: the business case and risk management plan are complete."));
            openAsOther(chrome, title);
            assertEquals(List.of(), Accessibility.seriousViolations(chrome), "the detail panel with its heat map");
        }
    }

    @Test
    void a_cmb_approver_cannot_decide_an_initiative_they_submitted_and_the_page_cites_the_clause(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            String title = uniqueTitle();
            chrome.open("/app/initiatives.xhtml")
                    .type("draft:title", title)
                    .choose("draft:area", "Communication and Media Branch")
                    .click(By.id("draft:submit"));
            chrome.awaitText("Initiative " + title + " drafted.");
            chrome.type("risk:description", "Members of the public post personal details")
                    .choose("risk:likelihood", "Likely")
                    .choose("risk:consequence", "Major")
                    .type("risk:controls", "Moderate comments daily")
                    .choose("risk:owner", "Priya Sharma")
                    .type("risk:monitoring", "Weekly moderation report")
                    .click(By.id("risk:add"));
            chrome.awaitText("Risk Members of the public post personal details added.");
            completeBusinessCaseAndSubmit(chrome, title);
            chrome.click(By.id("actions:approve"));
            chrome.type("decisionForm:reasons", "My own initiative").click(By.id("decisionForm:confirm"));
            chrome.awaitText("Refused");
            assertTrue(chrome.text().contains("(policy: "), chrome.text());
            assertEquals("SUBMITTED", status(chrome));
        }
    }

    @Test
    void submitting_an_incomplete_initiative_is_refused_listing_what_is_missing(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            String title = uniqueTitle();
            draft(chrome, title);
            chrome.click(By.id("actions:submitInitiative"));
            chrome.awaitText("Refused");
            String text = chrome.text();
            assertTrue(text.contains("objectives") && text.contains("measures of success")
                    && text.contains("the risk management plan must list at least one risk"), text);
            assertEquals("DRAFT", status(chrome));
        }
    }

    @Test
    void the_submitter_cannot_approve_and_a_cmb_approver_approves_with_reasons(RunningApp app) throws Exception {
        String title = uniqueTitle();
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            draft(chrome, title);
            completeAndSubmit(chrome, title);
            chrome.click(By.id("actions:approve"));
            chrome.type("decisionForm:reasons", "I approve my own initiative").click(By.id("decisionForm:confirm"));
            chrome.awaitText("Your role does not allow this action.");
            openAsOther(chrome, title);
            assertEquals("SUBMITTED", status(chrome));
        }
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            openAsOther(chrome, title);
            chrome.click(By.id("actions:approve"));
            chrome.type("decisionForm:reasons", "Clear objectives and a well-controlled risk")
                    .click(By.id("decisionForm:confirm"));
            chrome.awaitText("Initiative " + title + " approved.");
            assertEquals("APPROVED", status(chrome));
            String history = chrome.driver().findElement(By.id("history")).getText();
            assertTrue(history.contains("APPROVED") && history.contains("Priya Sharma")
                    && history.contains("Clear objectives and a well-controlled risk"), history);
        }
    }
}
