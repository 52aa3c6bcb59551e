package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.openqa.selenium.WebElement;

/**
 * Journeys on the authorisations page in headless Chromium, against the real app and the demo department. Each
 * grant carries a unique training course, by which the test finds its own row. The steps are package-private:
 * {@link RecordsIT} and {@link CmisRecordsIT} take the same journey to the record of a revocation.
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
            chrome.awaitText("Authorisation granted to H2101.");
            chrome.filter("authorisations:text", course).clickInRow(course, "button.revoke");
            chrome.awaitText("Kim Walker");
            Instant revokedAfter = Instant.now().minusSeconds(1);
            chrome.type("revokeForm:reason", reason).click(By.id("revokeForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is revoked.");
            return revokedAfter;
        }
    }

    /** Fills in the grant form for Kim Walker as a contributor publishing on every CMB account, and submits it. */
    static void grantContributor(Chrome chrome, String holder, String course) {
        chrome.open("/app/authorisations.xhtml")
                .complete("grant:holder", holder.substring(0, 4), holder)
                .choose("grant:role", "Authorised Contributor");
        chrome.driver().findElement(By.xpath("//*[@id='grant:activities']//label[contains(., 'Publish posts')]")).click();
        if (course != null) {
            chrome.type("grant:trainingCourse", course)
                    .type("grant:trainingCompletedOn", LocalDate.now(CANBERRA).minusDays(3).toString());
        }
        chrome.click(By.id("grant:submit"));
    }

    static String rowText(Chrome chrome, String text) {
        return chrome.rowsContaining(text).stream().findFirst().map(WebElement::getText)
                .orElseThrow(() -> new AssertionError("no row for " + text + ":\n" + chrome.text()));
    }

    @Test
    void cmb_grants_a_trained_contributor_and_sees_it_listed(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String course = uniqueCourse();
            grantContributor(chrome, "Kim Walker", course);
            chrome.awaitText("Authorisation granted to H2101.");
            chrome.filter("authorisations:text", course);
            String row = rowText(chrome, course);
            assertTrue(row.contains("Kim Walker"), row);
            assertTrue(row.contains("Authorised Contributor"), row);
            assertTrue(row.contains("GRANTED"), row);
        }
    }

    @Test
    void a_contributor_without_recorded_training_is_refused_citing_the_training_clause(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            grantContributor(chrome, "Chris Martin", null);
            chrome.awaitText("[official.training]");
            assertTrue(chrome.text().contains("Refused"), chrome.text());
        }
    }

    @Test
    void cmb_revokes_an_authorisation_with_a_reason_and_sees_it_revoked(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String course = uniqueCourse();
            grantContributor(chrome, "Kim Walker", course);
            chrome.awaitText("Authorisation granted to H2101.");
            chrome.filter("authorisations:text", course).clickInRow(course, "button.revoke");
            chrome.awaitText("Kim Walker");
            chrome.type("revokeForm:reason", "No longer assisting CMB").click(By.id("revokeForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is revoked.");
            chrome.filter("authorisations:text", course);
            assertTrue(rowText(chrome, course).contains("REVOKED"), rowText(chrome, course));
        }
    }

    @Test
    void a_contributor_cannot_grant_an_authorisation_whatever_the_page_offers(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            String course = uniqueCourse();
            grantContributor(chrome, "Kim Walker", course);
            chrome.awaitText("Your role does not allow this action.");
            chrome.filter("authorisations:text", course);
            assertEquals(0, chrome.rowsContaining(course).size());
        }
    }

    @Test
    void cmb_suspends_reinstates_and_renews_an_authorisation(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String course = uniqueCourse();
            grantContributor(chrome, "Kim Walker", course);
            chrome.awaitText("Authorisation granted to H2101.");

            chrome.filter("authorisations:text", course).clickInRow(course, "button.suspend");
            chrome.type("suspendForm:reason", "Complaint under review").click(By.id("suspendForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is suspended.");
            chrome.filter("authorisations:text", course);
            assertTrue(rowText(chrome, course).contains("SUSPENDED"), rowText(chrome, course));

            chrome.clickInRow(course, "button.reinstate");
            chrome.awaitText("The authorisation of Kim Walker is in force again.");
            chrome.filter("authorisations:text", course);
            assertTrue(rowText(chrome, course).contains("GRANTED"), rowText(chrome, course));

            LocalDate newLastDay = LocalDate.now(CANBERRA).plusDays(500);
            chrome.clickInRow(course, "button.renew");
            chrome.type("renewForm:newUntil", newLastDay.toString()).click(By.id("renewForm:confirm"));
            chrome.awaitText("The authorisation of Kim Walker is renewed.");
            chrome.filter("authorisations:text", course);
            assertTrue(rowText(chrome, course).contains(newLastDay.toString()), rowText(chrome, course));
        }
    }

    @Test
    void cmb_sees_who_may_publish_on_an_account_now(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/authorisations.xhtml")
                    .complete("whoMay:account", "facebook", "https://www.facebook.com/DSSFamilies")
                    .choose("whoMay:activity", "Publish posts")
                    .click(By.id("whoMay:show"));
            String people = chrome.driver().findElement(By.id("whoMay:people")).getText();
            assertTrue(people.contains("Jordan Lee"), "the contributor authorised for the account: " + people);
            assertTrue(people.contains("Priya Sharma"), "the account manager for every account: " + people);
            assertTrue(!people.contains("Sam Taylor"), "an employee without authority: " + people);
        }
    }

    @Test
    void cmb_grants_publishing_on_named_accounts_found_by_typing(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            String course = uniqueCourse();
            chrome.open("/app/authorisations.xhtml")
                    .complete("grant:holder", "Kim", "Kim Walker")
                    .choose("grant:role", "Authorised Contributor")
                    .choose("grant:scope", "The accounts chosen")
                    .complete("grant:accountToAdd", "dssfam", "@dssfamilies (Instagram)");
            chrome.awaitText("Remove");
            chrome.driver().findElement(By.xpath("//*[@id='grant:activities']//label[contains(., 'Publish posts')]"))
                    .click();
            chrome.type("grant:trainingCourse", course)
                    .type("grant:trainingCompletedOn", LocalDate.now(CANBERRA).minusDays(3).toString())
                    .click(By.id("grant:submit"));
            chrome.awaitText("Authorisation granted to H2101.");
            chrome.filter("authorisations:text", course);
            assertTrue(rowText(chrome, course).contains("1 named account(s)"), rowText(chrome, course));
        }
    }
}
