package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/** Journeys of official accounts in headless Chromium, against the real app and the demo department. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountsIT {

    static final String APPROVED = "Family payments awareness campaign";
    static final String AWAITING_DECISION = "Housing stakeholder forum";

    static String uniqueHandle() {
        return "@it" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Fills in the proposal form for an X account of Families Group, administered by Alex Nguyen, and submits it. */
    static void fillProposal(Chrome chrome, String handle, String purpose) {
        chrome.open("/app/propose-account.xhtml")
                .choose("propose:platform", "X (Twitter)")
                .type("propose:address", handle)
                .type("propose:purpose", purpose)
                .choose("propose:owningArea", "Families Group")
                .complete("propose:administrator", "Alex", "Alex Nguyen")
                .choose("propose:initiative", APPROVED)
                .click(By.id("propose:submit"));
    }

    /** Proposes an account and waits for its page; its handle. */
    static String propose(Chrome chrome) {
        String handle = uniqueHandle();
        fillProposal(chrome, handle, "Integration test account");
        chrome.awaitText("Account X (Twitter) " + handle + " proposed.").awaitPath("/app/account.xhtml");
        return handle;
    }

    /** Activates the account whose page is shown. */
    static void activate(Chrome chrome) {
        chrome.openDialog("actions:activate", "activate").click(By.id("activateForm:confirm"));
        chrome.awaitText("is now active.");
    }

    private static String status(Chrome chrome) {
        return chrome.driver().findElement(By.cssSelector(".status-line .state")).getText();
    }

    private static String history(Chrome chrome) {
        return chrome.driver().findElement(By.id("historyTable")).getText();
    }

    @Test
    void cmb_proposes_an_account_for_an_approved_initiative_and_activates_it_on_the_accounts_own_page(
            RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String handle = propose(chrome);
            String address = chrome.driver().getCurrentUrl();
            assertTrue(chrome.driver().findElement(By.tagName("h1")).getText().contains(handle));
            assertEquals("Proposed", status(chrome));

            activate(chrome);
            assertEquals(address, chrome.driver().getCurrentUrl(), "the account stays at its address");
            assertEquals("Active", status(chrome));
            String history = history(chrome);
            assertTrue(history.contains("Account activated") && history.contains("Account proposed")
                    && history.contains("Alex Nguyen"), history);
            assertFalse(history.matches("(?s).*[0-9a-f]{8}-[0-9a-f]{4}-.*"), "no id in the history: " + history);

            chrome.open("/app/accounts.xhtml").filter("filter:text", handle).awaitRows(handle, 1).follow(handle);
            assertEquals(address, chrome.driver().getCurrentUrl(), "the list links to the account's page");
        }
    }

    @Test
    void the_proposal_offers_only_initiatives_cmb_has_approved(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/propose-account.xhtml");
            List<String> offered = new Select(chrome.driver().findElement(By.id("propose:initiative_input")))
                    .getOptions().stream().map(option -> option.getAttribute("textContent")).toList();
            assertTrue(offered.stream().anyMatch(o -> o.startsWith(APPROVED)), offered.toString());
            assertFalse(offered.stream().anyMatch(o -> o.startsWith(AWAITING_DECISION)), offered.toString());
            assertEquals("Choose an approved initiative", offered.get(0), "nothing is chosen for the user");
        }
    }

    @Test
    void an_address_already_registered_is_refused_on_the_form_which_keeps_what_was_typed(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String handle = propose(chrome);

            fillProposal(chrome, handle, "A second try at the same address");
            chrome.awaitText("An official account with this address is already registered.");
            assertEquals("/app/propose-account.xhtml", chrome.path());
            String formErrors = chrome.driver().findElement(By.cssSelector("#propose .form-messages")).getText();
            assertTrue(formErrors.contains("already registered"), formErrors);
            assertEquals(handle, chrome.driver().findElement(By.id("propose:address")).getAttribute("value"));
            assertEquals("A second try at the same address",
                    chrome.driver().findElement(By.id("propose:purpose")).getAttribute("value"));
            assertFalse(chrome.text().contains("Something went wrong"));
        }
    }

    @Test
    void a_dialog_keeps_its_error_and_what_was_typed_closes_on_escape_and_reinstating_asks_a_reason_too(
            RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            propose(chrome);
            activate(chrome);

            chrome.openDialog("actions:suspend", "suspend").click(By.id("suspendForm:confirm"));
            chrome.awaitText("Reason: enter a value.");
            assertTrue(chrome.isDialogOpen("suspend"), "the dialog stays open");
            String dialog = chrome.driver().findElement(By.id("suspendDialog")).getText();
            assertTrue(dialog.contains("Reason: enter a value."), "the error shows in the dialog: " + dialog);

            chrome.driver().findElement(By.id("suspendForm:reason")).sendKeys(Keys.ESCAPE);
            chrome.awaitDialogClosed("suspend");
            assertEquals("Active", status(chrome), "nothing was done");

            chrome.openDialog("actions:suspend", "suspend").type("suspendForm:reason", "Suspected compromise")
                    .click(By.id("suspendForm:confirm"));
            chrome.awaitText("is suspended.");
            assertEquals("Suspended", status(chrome));

            chrome.openDialog("actions:reinstate", "reinstate").click(By.id("reinstateForm:confirm"));
            chrome.awaitText("Reason: enter a value.");
            chrome.type("reinstateForm:reason", "Passwords changed; access reviewed")
                    .click(By.id("reinstateForm:confirm"));
            chrome.awaitText("is active again.");
            assertTrue(history(chrome).contains("Passwords changed; access reviewed"), history(chrome));

            chrome.openDialog("actions:decommission", "decommission");
            String warning = chrome.driver().findElement(By.id("decommissionDialog")).getText();
            assertTrue(warning.contains("cannot be undone"), warning);
            chrome.type("decommissionForm:reason", "Replaced by the department's website")
                    .click(By.id("decommissionForm:confirm"));
            chrome.awaitText("is decommissioned.");
            assertEquals("Decommissioned", status(chrome));
            assertTrue(chrome.driver().findElements(By.cssSelector("#actions button")).isEmpty(),
                    "nothing more can be done to a decommissioned account");
        }
    }

    @Test
    void a_contributor_sees_no_action_on_accounts_and_cannot_open_the_proposal_form(RunningApp app)
            throws Exception {
        String handle;
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            handle = propose(chrome);
        }
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            chrome.open("/app/accounts.xhtml");
            assertTrue(chrome.driver().findElements(By.id("propose")).isEmpty(), "no Propose for a contributor");
            chrome.filter("filter:text", handle).awaitRows(handle, 1).follow(handle);
            assertTrue(chrome.driver().findElements(By.cssSelector("#actions button")).isEmpty(),
                    "no action on an account's page: " + chrome.text());
            chrome.open("/app/propose-account.xhtml");
            chrome.awaitText("Not available to your role");
        }
    }

    @Test
    void an_invalid_handle_is_refused_saying_what_the_platform_expects(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            fillProposal(chrome, "not a handle", "Integration test account");
            chrome.awaitText("expected @handle of 1 to 15 letters, digits or '_'");
            assertEquals("/app/propose-account.xhtml", chrome.path());
        }
    }

    @Test
    void cmb_edits_an_account_and_records_its_privacy_review_and_the_page_shows_the_next_review(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            propose(chrome);

            chrome.openDialog("actions:edit", "edit")
                    .type("editForm:purpose", "Updates for families and carers")
                    .complete("editForm:administrator", "Priya", "Priya Sharma")
                    .click(By.id("editForm:confirm"));
            chrome.awaitText("is updated.");
            assertTrue(chrome.text().contains("Priya Sharma (C1002)"), chrome.text());

            LocalDate due = LocalDate.now(ZoneId.of("Australia/Sydney")).plusMonths(3);
            chrome.openDialog("actions:privacy", "privacy").date("privacyForm:nextDue", due);
            chrome.type("privacyForm:notes", "Comments limited to followers; no location tags")
                    .click(By.id("privacyForm:confirm"));
            chrome.awaitText("recorded; the next is due on");
            String shown = due.getDayOfMonth() + " " + due.format(java.time.format.DateTimeFormatter.ofPattern(
                    "MMM", java.util.Locale.forLanguageTag("en-AU"))) + " " + due.getYear();
            assertTrue(chrome.text().contains(shown), "the next review is shown as people write dates: " + shown);
        }
    }
}
