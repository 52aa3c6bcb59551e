package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

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
    void an_account_activated_in_the_app_appears_as_a_valid_bag_within_a_minute(RunningApp app) throws Exception {
        String handle = "@rec" + unique();
        Instant activatedAfter;
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            AccountsIT.propose(chrome, handle, "Family payments awareness campaign");
            chrome.awaitText("Account " + handle + " proposed.");
            chrome.filter("accounts:text", handle);
            activatedAfter = Instant.now().minusSeconds(1);
            chrome.clickInRow(handle, "button.activate");
            chrome.awaitText("Account " + handle + " is now active.");
        }
        Path bag = RecordBags.awaitBag(app, activatedAfter, "AccountActivated", "");
        RecordBags.assertValid(bag);
        RecordBags.Metadata metadata = RecordBags.metadata(bag);
        assertTrue(metadata.name().startsWith("Official account activated: X (Twitter) " + handle + " (account "),
                "the record is named after the account's platform and handle: " + metadata);
        assertEquals("OFFICIAL", metadata.securityClassification(), metadata.toString());

        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("rory");
            chrome.open("/app/records.xhtml?status=CAPTURED");
            chrome.awaitText("account-activated");
            chrome.clickInRow("account-activated", "button.verify");
            chrome.awaitText("fixity intact in every target");
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
            InitiativesIT.openAsOther(chrome, title);
            chrome.click(By.id("actions:approve"));
            approvedAfter = Instant.now().minusSeconds(1);
            chrome.type("decisionForm:reasons", reasons).click(By.id("decisionForm:confirm"));
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
