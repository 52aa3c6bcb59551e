package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The audit trail and the dashboard, as the people who read them see them. */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditIT {

    @Test
    void a_refused_command_is_in_the_audit_trail_and_the_chain_verifies(RunningApp app) throws Exception {
        String handle = "@au" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            chrome.open("/app/accounts.xhtml").type("propose:handleOrUrl", handle)
                    .type("propose:purpose", "Not allowed")
                    .complete("propose:administrator", "Alex", "Alex Nguyen")
                    .click(By.id("propose:submit"));
            chrome.awaitText("Your role does not allow this action.");
        }
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("rory");
            chrome.open("/app/audit.xhtml").type("audit:actor", "jordan").click(By.id("audit:filter"));
            chrome.awaitText(handle);
            String row = chrome.rowsContaining(handle).get(0).getText();
            assertTrue(row.contains("account.propose") && row.contains("REFUSED"), row);
            chrome.click(By.id("audit:verify")).awaitText("The audit trail is intact");
        }
    }

    @Test
    void only_auditors_open_the_audit_trail(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("jordan");
            chrome.open("/app/audit.xhtml").awaitText("Not available to your role");
        }
    }

    @Test
    void the_dashboard_shows_accounts_by_state_and_initiatives_awaiting_decision(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsDemoUser("priya");
            chrome.open("/app/index.xhtml").awaitText("Official accounts by state");
            String text = chrome.text();
            assertTrue(text.contains("DECOMMISSIONED"), text);
            assertTrue(text.contains("Housing stakeholder forum"), text);
        }
    }
}
