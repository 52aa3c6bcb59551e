package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two administrators act on the same account at once: the second is told, in the dialog, and nothing is silently
 * overwritten; the refusal is in the audit trail.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConcurrentEditIT {

    @Test
    void the_second_of_two_people_changing_the_same_account_is_told_and_nothing_is_overwritten(RunningApp app)
            throws Exception {
        try (Chrome alex = new Chrome(app); Chrome priya = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            String handle = AccountsIT.propose(alex);
            String account = alex.driver().getCurrentUrl();

            priya.logInAsDemoUser("priya");
            priya.driver().get(account);
            priya.awaitText(handle);
            priya.openDialog("actions:decommission", "decommission");

            AccountsIT.activate(alex);

            priya.type("decommissionForm:reason", "Duplicate account").click(By.id("decommissionForm:confirm"));
            priya.awaitText("Changed by someone else");
            assertTrue(priya.isDialogOpen("decommission"), "the message shows where Priya acted");
            assertTrue(priya.text().contains("nothing was saved"), priya.text());

            alex.driver().navigate().refresh();
            alex.awaitText(handle);
            assertEquals("Active", alex.driver().findElement(By.cssSelector(".status-line .state")).getText(),
                    "Alex's activation stands");
            String history = alex.driver().findElement(By.id("historyTable")).getText();
            assertTrue(history.contains("Account decommissioned") && history.contains("Priya Sharma")
                    && history.contains("Refused"), "Priya's try is audited as refused: " + history);
        }
    }
}
