package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The way people work in the app, as a new user tries it with the demo department: Enter in a search box filters
 * (and the address follows), it never runs an action; My work lists what waits, each a link to its page; an
 * exported list opens as the text it is, a formula neutralised.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WayOfWorkingIT {

    private static String decodedAddress(Chrome chrome) {
        return URLDecoder.decode(chrome.driver().getCurrentUrl(), StandardCharsets.UTF_8);
    }

    @Test
    void enter_in_a_search_box_filters_the_list_and_names_the_filter_in_the_address_and_never_runs_an_action(
            RunningApp app) throws Exception {
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/accounts.xhtml?state=SUSPENDED");
            alex.awaitRows("@DSSFamilies", 1);
            alex.filter("filter:text", "@DSSFamilies");
            new WebDriverWait(alex.driver(), Chrome.WAIT).until(d -> decodedAddress(alex).contains("q=@DSSFamilies")
                    && decodedAddress(alex).contains("state=SUSPENDED"));
            assertEquals("/app/accounts.xhtml", alex.path(), "Enter stayed on the list");
            alex.awaitRows("@DSSFamilies", 1);

            alex.follow("@DSSFamilies");
            assertEquals("Suspended", alex.driver().findElement(By.cssSelector(".status-line .state")).getText(),
                    "nothing was reinstated");
            assertFalse(alex.driver().findElement(By.id("historyTable")).getText().contains("Account reinstated"));
        }
    }

    @Test
    void my_work_lists_what_waits_for_the_person_each_a_link_to_its_page(RunningApp app) throws Exception {
        try (Chrome priya = new Chrome(app)) {
            priya.logInAsDemoUser("priya");
            priya.open("/app/index.xhtml").awaitText("Initiatives to decide");
            WebElement toDecide = priya.driver().findElement(By.cssSelector("section[aria-label='Initiatives to"
                    + " decide']"));
            assertTrue(toDecide.getText().contains(AccountsIT.AWAITING_DECISION), toDecide.getText());
            priya.follow(AccountsIT.AWAITING_DECISION);
            assertEquals("/app/initiative.xhtml", priya.path());
            assertFalse(priya.driver().findElements(By.id("actions:approve")).isEmpty(), "Priya may decide it");
        }
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            String handle = AccountsIT.propose(alex);
            alex.open("/app/index.xhtml").awaitText("Accounts to activate");
            WebElement toActivate = alex.driver().findElement(By.cssSelector("section[aria-label='Accounts to"
                    + " activate']"));
            List<WebElement> links = toActivate.findElements(By.tagName("a"));
            assertFalse(links.isEmpty(), toActivate.getText());
            String first = links.get(0).getText();
            alex.follow(first);
            assertEquals("/app/account.xhtml", alex.path());
            assertEquals("Proposed", alex.driver().findElement(By.cssSelector(".status-line .state")).getText());
            assertFalse(alex.driver().findElements(By.id("actions:activate")).isEmpty(), "Alex may activate it");
            assertTrue(handle.startsWith("@it"), handle);
        }
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.open("/app/index.xhtml").awaitText("My work");
            assertTrue(jordan.driver().findElements(By.cssSelector("section[aria-label='Initiatives to decide']"))
                    .isEmpty(), "a contributor decides nothing");
            assertTrue(jordan.driver().findElements(By.cssSelector("section[aria-label='Accounts to activate']"))
                    .isEmpty());
        }
    }

    @Test
    void an_exported_list_opens_as_text_with_a_formula_neutralised(RunningApp app) throws Exception {
        String tag = InitiativesIT.uniqueTitle().substring("IT initiative ".length());
        String title = "=2+3 campaign " + tag;
        try (Chrome sam = new Chrome(app)) {
            sam.logInAsDemoUser("sam");
            InitiativesIT.draft(sam, title);
            Path downloads = sam.downloadsInto();
            sam.open("/app/initiatives.xhtml").filter("filter:text", tag).awaitRows(tag, 1);
            sam.click(By.id("filter:export"));
            Path csv = sam.awaitDownload(downloads, ".csv");
            assertTrue(csv.getFileName().toString().startsWith("initiatives-"), csv.toString());
            String content = Files.readString(csv, StandardCharsets.UTF_8);
            assertEquals('\uFEFF', content.charAt(0), "a byte order mark, so that a spreadsheet reads UTF-8");
            List<String> lines = content.substring(1).lines().toList();
            assertEquals(2, lines.size(), "the heading and the one initiative filtered: " + lines);
            assertTrue(lines.get(0).startsWith("Initiative,"), lines.get(0));
            assertTrue(lines.get(1).startsWith("'=2+3 campaign " + tag + ","), "neutralised: " + lines.get(1));
            assertTrue(lines.get(1).contains("Sam Taylor") && lines.get(1).contains("Draft"), lines.get(1));
        }
    }
}
