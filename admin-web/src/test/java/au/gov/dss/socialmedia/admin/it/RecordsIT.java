package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A change made in the app becomes a public record in the BagIt archive within a minute, with its metadata, checked
 * by tools other than ours ({@link RecordBags}). Each journey makes its own account, initiative or authorisation;
 * the test finds its record by the event's type and time and, where the change carries reasons, by unique reasons.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsIT {

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void an_account_activated_in_the_app_appears_as_a_valid_bag_within_a_minute_and_its_page_links_the_record(
            RunningApp app) throws Exception {
        String handle;
        String account;
        Instant activatedAfter;
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            handle = AccountsIT.propose(chrome);
            account = chrome.driver().getCurrentUrl();
            activatedAfter = Instant.now().minusSeconds(1);
            AccountsIT.activate(chrome);
        }
        Path bag = RecordBags.awaitBag(app, activatedAfter, "AccountActivated", "");
        RecordBags.assertValid(bag);
        RecordBags.Metadata metadata = RecordBags.metadata(bag);
        assertTrue(metadata.name().startsWith("Official account activated: X (Twitter) " + handle + " (account "),
                "the record is named after the account's platform and handle: " + metadata);
        assertEquals("OFFICIAL", metadata.securityClassification(), metadata.toString());

        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("rory");
            chrome.driver().get(account);
            String title = "Official account activated: X (Twitter) " + handle;
            WebElement link = new WebDriverWait(chrome.driver(), Chrome.WAIT).until(d -> {
                List<WebElement> links = d.findElements(By.xpath("//*[@id='recordsTable']//a[starts-with(., '"
                        + title + "')]"));
                if (links.isEmpty() || !d.findElement(By.id("recordsTable")).getText().contains("Captured")) {
                    d.navigate().refresh();
                    return null;
                }
                return links.get(0);
            });
            chrome.follow(link.getText());
            assertEquals("/app/record.xhtml", chrome.path());
            chrome.openDialog("verify", "verify").click(By.id("verifyForm:confirm"));
            chrome.awaitText("fixity intact in every target");
            chrome.follow("Open its page");
            assertEquals(account, chrome.driver().getCurrentUrl(), "the record links back to its account");
        }
    }

    @Test
    void an_initiative_approved_in_the_app_appears_as_a_valid_bag_within_a_minute(RunningApp app) throws Exception {
        String title = InitiativesIT.uniqueTitle();
        String reasons = "Clear objectives and a well-controlled risk (records test " + unique() + ")";
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("sam");
            InitiativesIT.draft(chrome, title);
            InitiativesIT.completeAndSubmit(chrome, title);
        }
        Instant approvedAfter;
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            InitiativesIT.open(chrome, title);
            chrome.openDialog("actions:approve", "approve");
            approvedAfter = Instant.now().minusSeconds(1);
            chrome.type("approveForm:reasons", reasons).click(By.id("approveForm:confirm"));
            chrome.awaitText("Initiative " + title + " approved.");
        }
        Path bag = RecordBags.awaitBag(app, approvedAfter, "InitiativeApproved", reasons);
        RecordBags.assertValid(bag);
        RecordBags.Metadata metadata = RecordBags.metadata(bag);
        assertTrue(metadata.name().contains(title) && metadata.name().contains("approved"),
                "the record is named after the initiative it approves: " + metadata);
        assertTrue(metadata.description().contains(reasons), metadata.toString());
        assertTrue(metadata.related().contains("Performed by: C1002"), "Priya Sharma decided: " + metadata);
        assertEquals("OFFICIAL", metadata.securityClassification(), metadata.toString());
    }

    @Test
    void an_authorisation_revoked_in_the_app_appears_as_a_valid_bag_within_a_minute(RunningApp app)
            throws Exception {
        String course = AuthorisationsIT.uniqueCourse();
        String reason = "No longer assisting CMB (records test " + unique() + ")";
        Instant revokedAfter = AuthorisationsIT.grantAndRevokeKimWalker(app, course, reason);
        Path bag = RecordBags.awaitBag(app, revokedAfter, "AuthorisationRevoked", reason);
        RecordBags.assertValid(bag);
        RecordBags.Metadata metadata = RecordBags.metadata(bag);
        assertTrue(metadata.name().startsWith("Authorisation revoked: H2101"),
                "the record names the holder: " + metadata);
        assertTrue(metadata.related().contains("Holder: H2101"), metadata.toString());
        assertTrue(metadata.description().contains(reason), metadata.toString());
        assertEquals("OFFICIAL", metadata.securityClassification(), metadata.toString());
    }
}
