package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Journeys on the accounts page in headless Chromium, against the real app and the demo department. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountsIT {

    private static String uniqueHandle() {
        return "@it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Fills in and submits the proposal form for an X account of Families Group, administered by Alex Nguyen. */
    static void propose(Chrome chrome, String handle, String initiative) {
        chrome.open("/app/accounts.xhtml")
                .choose("propose:platform", "X (Twitter)")
                .type("propose:handleOrUrl", handle)
                .type("propose:purpose", "Integration test account")
                .choose("propose:owningArea", "Families Group")
                .complete("propose:administrator", "Alex", "Alex Nguyen")
                .choose("propose:initiative", initiative)
                .click(By.id("propose:submit"));
    }

    /** Proposes a new account for the initiative and shows it alone in the list; its handle. */
    private static String proposeAndFind(Chrome chrome, String initiative) {
        String handle = uniqueHandle();
        propose(chrome, handle, initiative);
        chrome.awaitText("Account " + handle + " proposed.");
        chrome.filter("accounts:text", handle);
        return handle;
    }

    private static String rowText(Chrome chrome, String handle) {
        return chrome.rowsContaining(handle).stream().findFirst().map(WebElement::getText)
                .orElseThrow(() -> new AssertionError("no row for " + handle + ":\n" + chrome.text()));
    }

    @Test
    void an_account_for_an_initiative_awaiting_decision_cannot_go_live_and_the_page_says_why(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String handle = proposeAndFind(chrome, "Housing stakeholder forum");
            chrome.clickInRow(handle, "button.activate");
            chrome.awaitText("Approved activity [principle.approved-activity]");
            assertTrue(chrome.text().contains("Refused"), chrome.text());
            assertTrue(rowText(chrome, handle).contains("PROPOSED"));
        }
    }

    @Test
    void cmb_activates_an_account_for_an_approved_initiative(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String handle = proposeAndFind(chrome, "Family payments awareness campaign");
            chrome.clickInRow(handle, "button.activate");
            chrome.awaitText("Account " + handle + " is now active.");
            assertTrue(rowText(chrome, handle).contains("ACTIVE"));
        }
    }

    @Test
    void a_contributor_cannot_propose_an_account_whatever_the_page_offers(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            String handle = uniqueHandle();
            propose(chrome, handle, "Family payments awareness campaign");
            chrome.awaitText("Your role does not allow this action.");
            chrome.filter("accounts:text", handle);
            assertEquals(0, chrome.rowsContaining(handle).size());
        }
    }

    @Test
    void an_invalid_handle_is_refused_saying_what_the_platform_expects(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            propose(chrome, "not a handle", "Family payments awareness campaign");
            chrome.awaitText("expected @handle of 1 to 15 letters, digits or '_'");
            assertTrue(chrome.text().contains("Not valid"), chrome.text());
        }
    }

    @Test
    void cmb_edits_an_account_and_records_its_privacy_review_and_the_list_shows_the_next_review(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String handle = proposeAndFind(chrome, "Family payments awareness campaign");

            chrome.clickInRow(handle, "button.edit");
            chrome.awaitText("Hand to administrator");
            chrome.type("editForm:purpose", "Updates for families and carers")
                    .complete("editForm:administrator", "Priya", "Priya Sharma")
                    .click(By.id("editForm:confirm"));
            chrome.awaitText("Account " + handle + " is updated.");
            chrome.filter("accounts:text", handle);
            assertTrue(rowText(chrome, handle).contains("Priya Sharma"), rowText(chrome, handle));

            java.time.LocalDate due = java.time.LocalDate.now(java.time.ZoneId.of("Australia/Sydney")).plusMonths(3);
            chrome.clickInRow(handle, "button.privacy");
            chrome.awaitText("What the review found");
            chrome.type("privacyForm:nextDue", due.toString())
                    .type("privacyForm:notes", "Comments limited to followers; no location tags")
                    .click(By.id("privacyForm:confirm"));
            chrome.awaitText("Privacy review of " + handle + " recorded");
            chrome.filter("accounts:text", handle);
            assertTrue(rowText(chrome, handle).contains(due.toString()), rowText(chrome, handle));
        }
    }
}
