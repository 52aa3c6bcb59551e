package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The audit trail, as the auditors who read it see it: searched by name, action words and days, exported. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditIT {

    private static final ZoneId CANBERRA = ZoneId.of("Australia/Sydney");

    /** A command the app refuses, and audits: Alex, a CMB administrator, tries to disable his own user. */
    static void alexTriesToDisableHimself(RunningApp app) throws Exception {
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/user.xhtml?id=alex").openDialog("actions:disable", "disable");
            alex.click(By.id("disableForm:confirm"));
            alex.awaitText("You cannot disable yourself (alex)");
        }
    }

    @Test
    void a_refused_command_is_in_the_audit_trail_by_name_and_words_and_the_chain_verifies(RunningApp app)
            throws Exception {
        alexTriesToDisableHimself(app);
        try (Chrome rory = new Chrome(app)) {
            rory.logInAsDemoUser("rory");
            rory.open("/app/audit.xhtml").select("filter:action", "User disabled");
            rory.select("filter:outcome", "Refused");
            rory.filter("filter:text", "Alex Nguyen");
            new WebDriverWait(rory.driver(), Chrome.WAIT).until(d -> !rory.rowsContaining("User disabled").isEmpty());
            String row = rory.rowsContaining("User disabled").get(0).getText();
            assertTrue(row.contains("Alex Nguyen") && row.contains("Refused") && row.contains("alex"), row);
            assertTrue(row.matches("(?s).*\\d{1,2} \\w{3} \\d{4}, \\d{1,2}:\\d{2} [ap]m.*"),
                    "the time is local, in words: " + row);
            rory.click(By.id("filter:verify")).awaitText("The audit trail is intact");
        }
    }

    @Test
    void an_auditor_exports_the_entries_of_a_date_range_as_csv(RunningApp app) throws Exception {
        alexTriesToDisableHimself(app);
        try (Chrome rory = new Chrome(app)) {
            rory.logInAsDemoUser("rory");
            Path downloads = rory.downloadsInto();
            LocalDate today = LocalDate.now(CANBERRA);
            rory.open("/app/audit.xhtml").date("filter:from", today.minusDays(1)).date("filter:until", today);
            rory.click(By.id("filter:apply"));
            rory.click(By.id("filter:export"));
            Path csv = rory.awaitDownload(downloads, ".csv");
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertTrue(lines.get(0).contains("When") && lines.get(0).contains("Who"), lines.get(0));
            assertTrue(lines.stream().anyMatch(line -> line.contains("Alex Nguyen") && line.contains("User disabled")
                    && line.contains("Refused")), "today's entries, Alex's refused try among them: " + lines);
        }
    }

    @Test
    void only_auditors_open_the_audit_trail(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            chrome.open("/app/audit.xhtml").awaitText("Not available to your role");
            assertEquals(List.of(), chrome.driver().findElements(By.linkText("Audit trail")));
        }
    }
}
