package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Official posts as people make them, in headless Chromium against the running app with its demo department: a
 * contributor drafts (screened as typed), a Communication Account Manager who did not write it reviews, an edit sends
 * it back to review, it is published where it lives and becomes a record; a scheduled post whose author lost their
 * authority is not published and its author is told; a post that speaks for another business area waits for that
 * area's consent.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PostsIT {

    private static final ZoneId CANBERRA = ZoneId.of("Australia/Sydney");

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A text the rule set passes, with a word of its own to find it by. */
    private static String passingText(String word) {
        return "Join our online information session about the Family Support Program on Thursday at 2 pm ("
                + word + "). Register at https://www.dss.gov.au/events.";
    }

    /** As the signed-in writer: drafts the text on their one account, waits for it to pass, saves it. */
    private static String draft(Chrome chrome, String text) {
        chrome.open("/app/write-post.xhtml").type("post:text", text);
        awaitOutcome(chrome, "PASS");
        chrome.click(By.id("post:save")).awaitText("The draft is saved.");
        return chrome.driver().getCurrentUrl();
    }

    private static void awaitOutcome(Chrome chrome, String outcome) {
        new WebDriverWait(chrome.driver(), Chrome.WAIT).until(d -> !d.findElements(
                By.cssSelector(".write-post-screening .state.outcome-" + outcome)).isEmpty());
    }

    private static void submit(Chrome chrome) {
        chrome.openDialog("actions:submit", "submit").click(By.id("submitForm:confirm"));
        chrome.awaitText("The post is submitted for review.");
    }

    private static void approve(Chrome chrome, LocalDateTime publishAt) {
        chrome.openDialog("actions:approve", "approve").type("approveForm:note", "Accurate and plain");
        if (publishAt != null) {
            chrome.dateTime("approveForm:publishAt", publishAt);
        }
        chrome.click(By.id("approveForm:confirm"));
        chrome.awaitText(publishAt == null ? "The post is approved." : "will publish itself at its time");
    }

    private static String status(Chrome chrome) {
        return chrome.driver().findElement(By.id("status")).getText();
    }

    @Test
    void a_draft_is_screened_as_typed_reviewed_by_someone_else_sent_back_by_an_edit_and_published_as_a_record(
            RunningApp app) throws Exception {
        String word = "journey" + unique();
        String post;
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.open("/app/write-post.xhtml")
                    .type("post:text", "Quote your tax file number 123 456 782 when you call us (" + word + ").");
            awaitOutcome(jordan, "BLOCK");
            WebElement mark = jordan.driver().findElement(By.cssSelector(".write-post-screening mark.finding-BLOCK"));
            assertTrue(mark.getText().startsWith("123 456 782"), "the number is highlighted in place: " + mark.getText());
            assertTrue(jordan.text().contains("Tax file number") || jordan.text().contains("tax file number"),
                    jordan.text());

            jordan.type("post:text", passingText(word));
            awaitOutcome(jordan, "PASS");
            jordan.click(By.id("post:save")).awaitText("The draft is saved.");
            post = jordan.driver().getCurrentUrl();
            assertEquals("Draft", status(jordan));
            submit(jordan);
            assertEquals("In review", status(jordan));
            assertTrue(jordan.driver().findElements(By.id("actions:approve")).isEmpty(),
                    "the author is offered no approval of their own post");
        }
        try (Chrome priya = new Chrome(app)) {
            priya.logInAsDemoUser("priya");
            priya.driver().get(post);
            assertTrue(priya.text().contains("Authorised to post to this account now"), "the author's authority");
            approve(priya, null);
            assertEquals("Approved", status(priya));
        }
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.driver().get(post);
            jordan.click(By.id("actions:edit"));
            jordan.awaitPath("/app/write-post.xhtml");
            jordan.type("post:text", passingText(word) + " Places are limited.");
            awaitOutcome(jordan, "PASS");
            jordan.click(By.id("post:save")).awaitText("Your changes are saved.");
            assertEquals("In review", status(jordan), "an edit after approval sends the post back to review");
            WebElement added = jordan.driver().findElement(By.cssSelector("#changes ins"));
            assertEquals("Places are limited.", added.getText().strip(), "the reviewer sees what changed");
        }
        Instant publishedAfter;
        String address = "https://www.facebook.com/DSSFamilies/posts/" + word;
        try (Chrome priya = new Chrome(app)) {
            priya.logInAsDemoUser("priya");
            priya.driver().get(post);
            approve(priya, null);
            publishedAfter = Instant.now().minusSeconds(1);
            priya.openDialog("actions:publish", "publish").type("publishForm:address",
                    "https://www.facebook.com/SomeoneElse/posts/1").click(By.id("publishForm:confirm"));
            priya.awaitText("is not a post of Facebook");
            assertTrue(priya.isDialogOpen("publish"), "the refusal stays in the dialog");
            priya.type("publishForm:address", address).click(By.id("publishForm:confirm"));
            priya.awaitText("The post is published.");
            assertEquals("Published", status(priya));
            assertEquals(address, priya.driver().findElement(By.id("address")).getText());
        }
        Path bag = RecordBags.awaitBag(app, publishedAfter, "PostPublished", word);
        RecordBags.assertValid(bag);
        String payload;
        try (Stream<Path> files = Files.list(bag.resolve("data"))) {
            payload = files.filter(path -> path.toString().endsWith(".json")).map(path -> {
                try {
                    return Files.readString(path);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).findFirst().orElseThrow();
        }
        assertTrue(payload.contains("Places are limited."), "the final text: " + payload);
        assertTrue(payload.contains("\"approval\"") && payload.contains("Accurate and plain"), "the approval");
        assertTrue(payload.contains("\"assessment\"") && payload.contains("policyVersion"), "the assessment");
        assertTrue(payload.contains(address), "where it lives");

        String id = RecordBags.recordId(bag);
        String document = RunningApp.CMIS_FOLDER + "/" + RecordBags.archive(app).relativize(bag).toString()
                .replace('\\', '/') + "/" + id + ".json";
        Map<String, Object> filed = CmisRecordsIT.properties(CmisRecordsIT.awaitDocument(app.cmis(), document,
                Instant.now().plus(java.time.Duration.ofMinutes(1))));
        assertEquals("PostPublished", filed.get("dss:eventType"), filed.toString());
        assertEquals(Files.readString(bag.resolve("data/" + id + ".json")),
                new String(CmisRecordsIT.content(app.cmis(), document), java.nio.charset.StandardCharsets.UTF_8),
                "the CMIS repository holds the same record, byte for byte");
    }

    @Test
    void a_scheduled_post_whose_author_lost_their_authority_is_not_published_and_the_author_is_told(RunningApp app)
            throws Exception {
        String word = "scheduled" + unique();
        String post;
        try (Chrome sam = new Chrome(app)) {
            sam.logInAsDemoUser("sam");
            post = draft(sam, passingText(word));
            submit(sam);
        }
        LocalDateTime publishAt = LocalDateTime.now(CANBERRA).plusMinutes(2).truncatedTo(ChronoUnit.MINUTES);
        try (Chrome priya = new Chrome(app)) {
            priya.logInAsDemoUser("priya");
            priya.driver().get(post);
            approve(priya, publishAt);
            assertEquals("Scheduled", status(priya));
        }
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.driver().get(post);
            alex.click(By.cssSelector("#authority a"));
            alex.awaitPath("/app/authorisation.xhtml");
            alex.openDialog("actions:revoke", "revoke").type("revokeForm:reason", "No longer assisting CMB")
                    .click(By.id("revokeForm:confirm"));
            alex.awaitText("is revoked");
        }
        try (Chrome sam = new Chrome(app)) {
            sam.logInAsDemoUser("sam");
            sam.driver().get(post);
            new WebDriverWait(sam.driver(), java.time.Duration.ofMinutes(4)).until(d -> {
                if (!d.findElements(By.id("refusal")).isEmpty()) {
                    return true;
                }
                d.navigate().refresh();
                return false;
            });
            String refusal = sam.driver().findElement(By.id("refusal")).getText();
            assertTrue(refusal.contains("official-use") || refusal.contains("authoris"), refusal);
            assertEquals("Approved", status(sam), "nothing was published");
            String id = post.substring(post.indexOf("id=") + 3);
            sam.open("/app/index.xhtml").awaitText("Your posts that need you");
            assertTrue(sam.driver().findElements(By.cssSelector("a[href*='" + id + "']")).size() > 0,
                    "My work links to it: " + sam.text());
        }
    }

    @Test
    void a_post_that_speaks_for_another_business_area_waits_for_that_areas_consent(RunningApp app)
            throws Exception {
        String word = "consent" + unique();
        String post;
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.open("/app/write-post.xhtml").type("post:text", passingText(word));
            awaitOutcome(jordan, "PASS");
            jordan.check("post:speaksFor", "Housing and Homelessness Group");
            jordan.click(By.id("post:save")).awaitText("The draft is saved.");
            jordan.awaitText("Consent still needed from: Housing and Homelessness Group");
            jordan.openDialog("actions:submit", "submit").click(By.id("submitForm:confirm"));
            jordan.awaitText("without its prior consent and advice");
            assertTrue(jordan.isDialogOpen("submit"), "the refusal stays in the dialog");
            assertEquals("Awaiting consent", status(jordan));
            post = jordan.driver().getCurrentUrl();
            assertTrue(jordan.driver().findElements(By.id("actions:giveConsent")).isEmpty(),
                    "the author answers for no area");
        }
        try (Chrome kim = new Chrome(app)) {
            kim.logInAsDemoUser("kim");
            kim.open("/app/index.xhtml").awaitText("Posts asking your area's consent");
            kim.driver().get(post);
            kim.awaitText("waits for its consent and advice");
            kim.openDialog("actions:giveConsent", "giveConsent").type("giveConsentForm:advice",
                    "Say 'eligible renters'").click(By.id("giveConsentForm:confirm"));
            kim.awaitText("The consent of your area is given.");
            assertTrue(kim.text().contains("Consent of Housing and Homelessness Group: Kim Walker"), kim.text());
        }
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.driver().get(post);
            submit(jordan);
            assertEquals("In review", status(jordan), "with the area's consent the post goes to review");
        }
    }
}
