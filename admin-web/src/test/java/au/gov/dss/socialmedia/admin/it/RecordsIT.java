package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A change made in the app becomes a public record in the BagIt archive, checked by tools other than ours. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsIT {

    @Test
    void an_account_activated_in_the_app_appears_as_a_valid_bag_within_a_minute(RunningApp app) throws Exception {
        String handle = "@rec" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Instant activatedAfter;
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("alex");
            chrome.open("/app/accounts.xhtml")
                    .choose("propose:platform", "X (Twitter)")
                    .type("propose:handleOrUrl", handle)
                    .type("propose:purpose", "Records test account")
                    .choose("propose:owningArea", "Families Group")
                    .complete("propose:administrator", "Alex", "Alex Nguyen")
                    .choose("propose:initiative", "Family payments awareness campaign")
                    .click(By.id("propose:submit"));
            chrome.awaitText("Account " + handle + " proposed.");
            chrome.filter("accounts:text", handle);
            activatedAfter = Instant.now().minusSeconds(1);
            chrome.clickInRow(handle, "button.activate");
            chrome.awaitText("Account " + handle + " is now active.");
        }
        Path bag = awaitBag(app.dataDir().resolve("records/bagit"), activatedAfter, "AccountActivated");
        for (String manifest : new String[] {"manifest-sha256.txt", "manifest-sha512.txt",
                "tagmanifest-sha256.txt"}) {
            String tool = manifest.contains("512") ? "sha512sum" : "sha256sum";
            Process check = new ProcessBuilder(tool, "-c", "--strict", manifest).directory(bag.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes());
            assertEquals(0, check.waitFor(), tool + " -c " + manifest + ":\n" + output);
        }
        String bagInfo = Files.readString(bag.resolve("bag-info.txt"));
        assertTrue(bagInfo.contains("Payload-Oxum:"), bagInfo);
        assertTrue(Files.readString(bag.resolve("agrkms-metadata.xml")).contains("OFFICIAL"));

        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("rory");
            chrome.open("/app/records.xhtml?status=CAPTURED");
            chrome.awaitText("account-activated");
            chrome.clickInRow("account-activated", "button.verify");
            chrome.awaitText("fixity intact in every target");
        }
    }

    private static Path awaitBag(Path root, Instant after, String eventType) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> bag = find(root, after, eventType);
            if (bag.isPresent()) {
                return bag.get();
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no bag for " + eventType + " after " + after + " under " + root
                + " within a minute");
    }

    /** The bag of the first record of the event type whose event happened after the instant. */
    private static Optional<Path> find(Path root, Instant after, String eventType) throws Exception {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            // Bags are written under .staging and then renamed into place: only look at finished bags.
            return files.filter(path -> path.toString().endsWith(".json") && path.getParent().endsWith("data")
                            && !path.toString().contains("/.staging/"))
                    .filter(path -> {
                        try {
                            String json = Files.readString(path);
                            java.util.regex.Matcher at = java.util.regex.Pattern
                                    .compile("\"occurredAt\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
                            return json.contains(eventType) && at.find()
                                    && Instant.parse(at.group(1)).isAfter(after);
                        } catch (java.io.IOException e) {
                            return false;
                        }
                    })
                    .map(path -> path.getParent().getParent()).findFirst();
        }
    }
}
