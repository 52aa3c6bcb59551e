package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Two administrators act on the same account: the second is told, and nothing is silently overwritten. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentEditIT {

    @Test
    void the_second_of_two_people_changing_the_same_account_is_told_and_nothing_is_overwritten(RunningApp app)
            throws Exception {
        String handle = "@cc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Chrome alex = new Chrome(app); Chrome priya = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/accounts.xhtml")
                    .choose("propose:platform", "X (Twitter)")
                    .type("propose:handleOrUrl", handle)
                    .type("propose:purpose", "Concurrency test account")
                    .choose("propose:owningArea", "Families Group")
                    .complete("propose:administrator", "Alex", "Alex Nguyen")
                    .choose("propose:initiative", "Family payments awareness campaign")
                    .click(By.id("propose:submit"));
            alex.awaitText("Account " + handle + " proposed.");

            priya.logInAsDemoUser("priya");
            priya.open("/app/accounts.xhtml").filter("accounts:text", handle);
            priya.awaitText(handle);

            alex.filter("accounts:text", handle).clickInRow(handle, "button.activate");
            alex.awaitText("Account " + handle + " is now active.");

            priya.clickInRow(handle, "button.decommission");
            priya.awaitText(handle);
            priya.type("decommissionForm:reason", "Duplicate account").click(By.id("decommissionForm:confirm"));
            priya.awaitText("Changed by someone else");
            assertTrue(priya.text().contains("nothing was saved"), priya.text());

            alex.open("/app/accounts.xhtml").filter("accounts:text", handle);
            String row = alex.rowsContaining(handle).get(0).getText();
            assertTrue(row.contains("ACTIVE"), "Alex's activation stands: " + row);
        }
    }
}
