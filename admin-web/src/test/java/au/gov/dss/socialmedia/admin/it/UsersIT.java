package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * User administration in headless Chromium, against the real app and the demo department: a CMB administrator
 * creates a user for an employee, who must change the one-time password, sees only what their role allows, and
 * cannot log in once disabled; nobody else opens the users page.
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UsersIT {

    @Test
    void an_administrator_creates_a_user_who_changes_the_one_time_password_and_cannot_log_in_once_disabled(
            RunningApp app) throws Exception {
        String username = "chris.martin";
        String password;
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/users.xhtml").type("create:username", username);
            alex.complete("create:employee", "chris", "Chris Martin (D2201)");
            alex.driver().findElement(By.xpath("//label[contains(., 'Auditor (read-only)')]")).click();
            alex.click(By.id("create:submit"));
            alex.awaitText("User " + username + " created.");
            assertEquals(username, alex.driver().findElement(By.id("issuedUsername")).getText());
            password = alex.driver().findElement(By.id("oneTimePassword")).getText();
            assertEquals(20, password.length(), password);

            alex.open("/app/users.xhtml");
            assertTrue(alex.driver().findElements(By.id("oneTimePassword")).isEmpty(), "shown only once");
            alex.filter("users:text", username);
            String row = alex.rowsContaining(username).get(0).getText();
            assertTrue(row.contains("Chris Martin") && row.contains("D2201") && row.contains("Auditor (read-only)"),
                    row);
        }

        try (Chrome chris = new Chrome(app)) {
            chris.logIn(username, password);
            assertEquals("/change-password.xhtml", chris.path(), "the one-time password must be changed first");
            chris.open("/app/index.xhtml");
            assertEquals("/change-password.xhtml", chris.path());
            String chosen = "Chris-Own-Password-2026";
            chris.type("password:current", password).type("password:replacement", chosen)
                    .type("password:confirmation", chosen);
            chris.driver().findElement(By.id("password:submit")).click();
            chris.awaitText("Your password has been changed.");
            assertEquals("/app/index.xhtml", chris.path());
            assertFalse(chris.driver().findElements(By.linkText("Users")).stream().anyMatch(WebElement::isDisplayed),
                    "no Users link for an auditor");

            chris.open("/app/audit.xhtml").awaitText("Verify the chain");
            chris.open("/app/users.xhtml").awaitText("Not available to your role");

            try (Chrome alex = new Chrome(app)) {
                alex.logInAsDemoUser("alex");
                alex.open("/app/users.xhtml").filter("users:text", username).clickInRow(username, "button.disable");
                alex.awaitText("User " + username + " is disabled and can no longer log in.");
                assertFalse(alex.rowsContaining(username).get(0).findElements(By.cssSelector("button.enable"))
                        .isEmpty(), "the row now offers to enable the user");
            }

            chris.open("/app/index.xhtml");
            assertEquals("/login.xhtml", chris.path(), "a disabled user's open session ends");
            chris.logIn(username, chosen).awaitText("The user name or password is not right.");
            assertEquals("/login.xhtml", chris.path());
        }

        try (Chrome rory = new Chrome(app)) {
            rory.logInAsDemoUser("rory");
            rory.open("/app/audit.xhtml").type("audit:actor", "alex").type("audit:action", "user.")
                    .click(By.id("audit:filter"));
            rory.awaitText("user.create");
            String created = rory.rowsContaining("user.create").get(0).getText();
            assertTrue(created.contains(username) && created.contains("DONE"), created);
            String disabled = rory.rowsContaining("user.disable").get(0).getText();
            assertTrue(disabled.contains(username) && disabled.contains("DONE"), disabled);
            assertFalse(rory.text().contains(password), "the one-time password is never audited");
        }
    }

    @Test
    void an_administrator_cannot_disable_themselves_nor_remove_their_own_administrator_role(RunningApp app)
            throws Exception {
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/users.xhtml").filter("users:text", "Alex Nguyen").clickInRow("Alex Nguyen",
                    "button.disable");
            alex.awaitText("You cannot disable yourself (alex); ask another CMB administrator.");
            assertTrue(alex.text().contains("Refused"), alex.text());
            alex.clickInRow("Alex Nguyen", "button.change-roles").awaitText("Save roles");
            alex.driver().findElement(By.xpath("//div[@id='rolesDialog']//label[contains(., 'Auditor')]")).click();
            alex.driver().findElement(By.xpath("//div[@id='rolesDialog']//label[contains(., 'CMB administrator')]"))
                    .click();
            alex.click(By.id("rolesForm:confirm"));
            alex.awaitText("You cannot remove your own CMB administrator role (alex)");
            assertFalse(alex.rowsContaining("Alex Nguyen").get(0).findElements(By.cssSelector("button.disable"))
                    .isEmpty(), "alex is still enabled");
        }
    }

    @Test
    void the_second_of_two_administrators_changing_the_same_user_is_told_and_nothing_is_overwritten(RunningApp app)
            throws Exception {
        String username = "kim.walker";
        try (Chrome alex = new Chrome(app); Chrome priya = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/users.xhtml").type("create:username", username);
            alex.complete("create:employee", "walker", "Kim Walker (H2101)");
            alex.driver().findElement(By.xpath("//form[@id='create']//label[contains(., 'CMB approver')]")).click();
            alex.click(By.id("create:submit")).awaitText("User " + username + " created.");

            priya.logInAsDemoUser("priya");
            priya.open("/app/users.xhtml").filter("users:text", username).awaitText("Kim Walker");

            alex.filter("users:text", username).clickInRow(username, "button.change-roles").awaitText("Save roles");
            alex.driver().findElement(By.xpath("//div[@id='rolesDialog']//label[contains(., 'Records officer')]"))
                    .click();
            alex.click(By.id("rolesForm:confirm")).awaitText("The roles of " + username + " are changed.");

            priya.clickInRow(username, "button.disable");
            priya.awaitText("Changed by someone else");
            assertTrue(priya.text().contains("Someone else changed user " + username + " since you opened it;"
                    + " nothing was saved."), priya.text());
            String row = priya.rowsContaining(username).get(0).getText();
            assertTrue(row.contains("Records officer"), "the page now shows Alex's change: " + row);
            assertFalse(priya.rowsContaining(username).get(0).findElements(By.cssSelector("button.disable"))
                    .isEmpty(), "the user is still enabled");
        }
    }

    @Test
    void a_user_who_is_not_a_cmb_administrator_is_refused_the_users_page(RunningApp app) throws Exception {
        try (Browser browser = new Browser(app)) {
            browser.logIn("jordan", "Demo-Password-2026");
            HtmlPage page = browser.open("/app/users.xhtml");
            assertEquals(403, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("Not available to your role"), page.asNormalizedText());
            assertFalse(browser.open("/app/index.xhtml").asNormalizedText().contains("Users"),
                    "no Users link either");
        }
        try (Chrome jordan = new Chrome(app)) {
            jordan.logInAsDemoUser("jordan");
            jordan.open("/app/users.xhtml").awaitText("Not available to your role");
        }
    }
}
