package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Journeys of authorisations in headless Chromium: granting one on its form, and suspending, reinstating, renewing
 * and revoking it on its own page. {@link RecordsIT} and {@link CmisRecordsIT} take the same journey to the record
 * of a revocation.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuthorisationsIT {

    private static final ZoneId CANBERRA = ZoneId.of("Australia/Sydney");

    static String uniqueCourse() {
        return "Course " + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * As CMB administrator alex: grants Kim Walker (H2101) a contributor authorisation with the training course,
     * then revokes it for the reason. Returns an instant just before the revocation.
     */
    static Instant grantAndRevokeKimWalker(RunningApp app, String course, String reason) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            grantContributor(chrome, "Kim Walker", course);
            chrome.awaitText("Authorisation granted to Kim Walker (H2101).");
            Instant revokedAfter = Instant.now().minusSeconds(1);
            chrome.openDialog("actions:revoke", "revoke").type("revokeForm:reason", reason)
                    .click(By.id("revokeForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is revoked.");
            return revokedAfter;
        }
    }

    /** Fills in the grant form for a contributor publishing on every CMB account, and submits it. */
    static void grantContributor(Chrome chrome, String holder, String course) {
        chrome.open("/app/grant-authorisation.xhtml")
                .complete("grant:holder", holder.substring(0, 4), holder)
                .choose("grant:role", "Authorised contributor");
        chrome.driver().findElement(By.xpath("//*[@id='grant:scope']//label[contains(., 'All CMB accounts')]"))
                .click();
        if (course != null) {
            chrome.type("grant:trainingCourse", course)
                    .date("grant:trainingCompletedOn", LocalDate.now(CANBERRA).minusDays(3));
        }
        chrome.click(By.id("grant:submit"));
    }

    private static String status(Chrome chrome) {
        return chrome.driver().findElement(By.cssSelector(".status-line .state")).getText();
    }

    @Test
    void cmb_grants_a_trained_contributor_whose_authorisation_opens_on_its_own_page_and_is_listed(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String course = uniqueCourse();
            grantContributor(chrome, "Kim Walker", course);
            chrome.awaitText("Authorisation granted to Kim Walker (H2101).").awaitPath("/app/authorisation.xhtml");
            assertEquals("In force", status(chrome));
            assertTrue(chrome.text().contains("Authorised contributor") && chrome.text().contains(course),
                    chrome.text());
            assertTrue(chrome.driver().findElement(By.id("historyTable")).getText()
                    .contains("Authorisation granted"));

            chrome.open("/app/authorisations.xhtml").filter("filter:text", course).awaitRows(course, 1);
            String row = chrome.rowsContaining(course).get(0).getText();
            assertTrue(row.contains("Kim Walker (H2101)") && row.contains("In force"), row);
        }
    }

    @Test
    void a_contributor_without_recorded_training_is_refused_citing_the_training_clause(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            grantContributor(chrome, "Chris Martin", null);
            chrome.awaitText("[official.training]");
            assertEquals("/app/grant-authorisation.xhtml", chrome.path(), "the form stays with what was typed");
        }
    }

    @Test
    void a_contributor_sees_no_grant_and_cannot_open_the_grant_form(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            chrome.open("/app/authorisations.xhtml");
            assertTrue(chrome.driver().findElements(By.id("grant")).isEmpty(), "no Grant for a contributor");
            chrome.open("/app/grant-authorisation.xhtml").awaitText("Not available to your role");
        }
    }

    @Test
    void cmb_suspends_reinstates_renews_and_revokes_an_authorisation_each_with_its_reason(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            grantContributor(chrome, "Kim Walker", uniqueCourse());
            chrome.awaitText("Authorisation granted to Kim Walker (H2101).");

            chrome.openDialog("actions:suspend", "suspend").type("suspendForm:reason", "Complaint under review")
                    .click(By.id("suspendForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is suspended.");
            assertEquals("Suspended", status(chrome));

            chrome.openDialog("actions:reinstate", "reinstate").type("reinstateForm:reason", "Complaint dismissed")
                    .click(By.id("reinstateForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is in force again.");
            assertEquals("In force", status(chrome));
            String changes = chrome.driver().findElement(By.id("changes")).getText();
            assertTrue(changes.contains("Complaint under review") && changes.contains("Complaint dismissed"), changes);

            LocalDate newLastDay = LocalDate.now(CANBERRA).plusDays(500);
            chrome.openDialog("actions:renew", "renew").date("renewForm:newUntil", newLastDay)
                    .click(By.id("renewForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is renewed.");
            assertTrue(chrome.text().contains(Long.toString(newLastDay.getYear())), chrome.text());

            chrome.openDialog("actions:revoke", "revoke");
            assertTrue(chrome.driver().findElement(By.id("revokeDialog")).getText().contains("cannot be undone"));
            chrome.type("revokeForm:reason", "No longer assisting CMB").click(By.id("revokeForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is revoked.");
            assertEquals("Revoked", status(chrome));
            assertFalse(chrome.driver().findElements(By.cssSelector("#actions button")).stream()
                    .anyMatch(button -> button.isDisplayed()), "nothing more can be done to a revoked one");
        }
    }

    @Test
    void cmb_sees_who_may_publish_on_an_account_now(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/authorisations.xhtml")
                    .complete("whoMay:account", "facebook", "Facebook https://www.facebook.com/DSSFamilies")
                    .choose("whoMay:activity", "Publish posts")
                    .click(By.id("whoMay:show"));
            String people = chrome.driver().findElement(By.id("whoMay:people")).getText();
            assertTrue(people.contains("Jordan Lee"), "the contributor authorised for the account: " + people);
            assertTrue(people.contains("Priya Sharma"), "the account manager for every account: " + people);
            assertTrue(!people.contains("Chris Martin"), "an employee without authority: " + people);
        }
    }

    @Test
    void cmb_grants_publishing_on_named_accounts_found_by_typing(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String course = uniqueCourse();
            chrome.open("/app/grant-authorisation.xhtml")
                    .complete("grant:holder", "Kim", "Kim Walker")
                    .choose("grant:role", "Authorised contributor")
                    .complete("grant:accounts", "dssfam", "Instagram @dssfamilies");
            chrome.awaitText("Remove");
            chrome.type("grant:trainingCourse", course)
                    .date("grant:trainingCompletedOn", LocalDate.now(CANBERRA).minusDays(3))
                    .click(By.id("grant:submit"));
            chrome.awaitText("Authorisation granted to Kim Walker (H2101).");
            assertTrue(chrome.driver().findElement(By.linkText("Instagram @dssfamilies")).isDisplayed());
        }
    }
}
