package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Journeys of social media initiatives in headless Chromium: a sponsor drafts one (it opens on its own page), fills
 * the business case, adds a risk in a dialog that marks what the domain requires, and submits; CMB decides. The
 * actions shown are those the domain allows the reader: the submitter sees no decision.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InitiativesIT {

    static String uniqueTitle() {
        return "IT initiative " + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Drafts an initiative in the list's dialog; its page opens. */
    static void draft(Chrome chrome, String title, String area) {
        chrome.open("/app/initiatives.xhtml").openDialog("new", "draft")
                .type("draftForm:title", title)
                .choose("draftForm:area", area)
                .click(By.id("draftForm:confirm"));
        chrome.awaitText("Initiative " + title + " drafted.").awaitPath("/app/initiative.xhtml");
    }

    static void draft(Chrome chrome, String title) {
        draft(chrome, title, "Families Group");
    }

    static void completeAndSubmit(Chrome chrome, String title) {
        addHighRisk(chrome, "Sam Taylor");
        completeBusinessCaseAndSubmit(chrome, title);
    }

    private static void completeBusinessCaseAndSubmit(Chrome chrome, String title) {
        chrome.type("businessCase:objectives", "Tell families about payment changes")
                .type("businessCase:audience", "Families receiving payments")
                .type("businessCase:channels", "Facebook\nInstagram")
                .type("businessCase:resourcing", "Two communication officers, 0.5 FTE")
                .type("businessCase:measures", "Reach and fewer call-centre enquiries")
                .date("businessCase:start", LocalDate.now().plusMonths(1))
                .date("businessCase:end", LocalDate.now().plusMonths(7))
                .click(By.id("businessCase:save"));
        chrome.awaitText("Business case of " + title + " saved.");
        chrome.openDialog("actions:submit", "submit").click(By.id("submitForm:confirm"));
        chrome.awaitText("Initiative " + title + " submitted to CMB.");
    }

    private static void addHighRisk(Chrome chrome, String owner) {
        chrome.openDialog("risks:addRisk", "addRisk")
                .type("addRiskForm:description", "Members of the public post personal details")
                .choose("addRiskForm:likelihood", "Likely")
                .choose("addRiskForm:consequence", "Major")
                .type("addRiskForm:controls", "Moderate comments daily")
                .choose("addRiskForm:owner", owner)
                .type("addRiskForm:monitoring", "Weekly moderation report")
                .click(By.id("addRiskForm:confirm"));
        chrome.awaitText("A risk was added to");
        assertTrue(chrome.rowsContaining("Members of the public post personal details").get(0).getText()
                .contains("High"), chrome.text());
    }

    /** Opens the initiative's page from the list, as another person would. */
    static void open(Chrome chrome, String title) {
        chrome.open("/app/initiatives.xhtml").filter("filter:text", title).awaitRows(title, 1).follow(title);
    }

    static String status(Chrome chrome) {
        return chrome.driver().findElement(By.id("status")).getText();
    }

    @Test
    void a_sponsor_drafts_fills_the_business_case_adds_a_high_risk_and_submits(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            String title = uniqueTitle();
            draft(chrome, title);
            completeAndSubmit(chrome, title);
            assertEquals("Submitted to CMB", status(chrome));
            assertTrue(chrome.driver().findElements(By.id("actions:approve")).isEmpty(),
                    "the submitter is offered no decision");
            assertEquals(List.of(), Accessibility.seriousViolations(chrome), "the page with its heat map");
        }
    }

    @Test
    void a_risk_needs_its_monitoring_which_the_dialog_marks_and_keeps_asking_for(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            draft(chrome, uniqueTitle());
            chrome.openDialog("risks:addRisk", "addRisk");
            String label = chrome.driver().findElement(By.cssSelector("label[for='addRiskForm:monitoring']"))
                    .getText();
            assertTrue(label.contains("*"), "monitoring is marked as required: " + label);
            chrome.type("addRiskForm:description", "A risk without monitoring")
                    .choose("addRiskForm:likelihood", "Rare")
                    .choose("addRiskForm:consequence", "Minor")
                    .click(By.id("addRiskForm:confirm"));
            chrome.awaitText("Monitoring: enter a value.");
            assertTrue(chrome.isDialogOpen("addRisk"));
            assertEquals("A risk without monitoring",
                    chrome.driver().findElement(By.id("addRiskForm:description")).getAttribute("value"));
        }
    }

    @Test
    void submitting_an_incomplete_initiative_is_refused_in_the_dialog_listing_what_is_missing(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            draft(chrome, uniqueTitle());
            chrome.openDialog("actions:submit", "submit").click(By.id("submitForm:confirm"));
            chrome.awaitText("Refused");
            String dialog = chrome.driver().findElement(By.id("submitDialog")).getText();
            assertTrue(dialog.contains("objectives") && dialog.contains("measures of success")
                    && dialog.contains("the risk management plan must list at least one risk"), dialog);
            assertEquals("Draft", status(chrome));
        }
    }

    @Test
    void a_cmb_approver_approves_with_reasons_and_the_decision_and_history_show_who(RunningApp app)
            throws Exception {
        String title = uniqueTitle();
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            draft(chrome, title);
            completeAndSubmit(chrome, title);
        }
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            open(chrome, title);
            chrome.openDialog("actions:approve", "approve")
                    .type("approveForm:reasons", "Clear objectives and a well-controlled risk")
                    .click(By.id("approveForm:confirm"));
            chrome.awaitText("Initiative " + title + " approved.");
            assertEquals("Approved", status(chrome));
            String decisions = chrome.driver().findElement(By.id("decisions")).getText();
            assertTrue(decisions.contains("Approved") && decisions.contains("Priya Sharma")
                    && decisions.contains("Clear objectives and a well-controlled risk"), decisions);
            assertTrue(chrome.driver().findElement(By.id("historyTable")).getText().contains("Initiative approved"));
        }
    }

    @Test
    void an_approver_who_submitted_an_initiative_is_offered_no_decision_on_it(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            String title = uniqueTitle();
            draft(chrome, title, "Communication and Media Branch");
            addHighRisk(chrome, "Priya Sharma");
            completeBusinessCaseAndSubmit(chrome, title);
            assertTrue(chrome.driver().findElements(By.id("actions:approve")).isEmpty(), chrome.text());
            assertTrue(chrome.driver().findElements(By.id("actions:reject")).isEmpty());
        }
    }
}
