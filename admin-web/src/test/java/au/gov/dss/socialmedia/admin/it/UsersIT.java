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

    /** Creates a user through the "Create a user" dialog and returns the one-time password their page shows. */
    static String create(Chrome alex, String username, String employeeTyped, String employeeLabel, String role) {
        alex.open("/app/users.xhtml").openDialog("create", "create");
        alex.complete("createForm:employee", employeeTyped, employeeLabel);
        alex.type("createForm:username", username);
        alex.driver().findElement(By.xpath("//form[@id='createForm']//label[contains(., '" + role + "')]")).click();
        alex.click(By.id("createForm:confirm"));
        alex.awaitPath("/app/user.xhtml").awaitText("User " + username + " created.");
        return alex.driver().findElement(By.id("oneTimePassword")).getText();
    }

    @Test
    void an_administrator_creates_a_user_who_changes_the_one_time_password_and_cannot_log_in_once_disabled(
            RunningApp app) throws Exception {
        String username = "chris.martin";
        String password;
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            password = create(alex, username, "chris", "Chris Martin (D2201)", "Auditor (read-only)");
            assertEquals(20, password.length(), password);
            String details = alex.text();
            assertTrue(details.contains("Chris Martin (D2201)") && details.contains("Auditor (read-only)"), details);

            alex.driver().navigate().refresh();
            alex.awaitText("Must change password");
            assertTrue(alex.driver().findElements(By.id("oneTimePassword")).isEmpty(), "shown only once");
            alex.open("/app/users.xhtml").filter("filter:text", username).awaitRows("Chris Martin", 1);
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
                alex.open("/app/user.xhtml?id=" + username).openDialog("actions:disable", "disable");
                alex.click(By.id("disableForm:confirm"));
                alex.awaitText("User " + username + " is disabled and can no longer log in.");
                assertFalse(alex.driver().findElements(By.id("actions:enable")).isEmpty(),
                        "the page now offers to enable the user");
                assertTrue(alex.driver().findElements(By.id("actions:disable")).isEmpty());
            }

            chris.open("/app/index.xhtml");
            assertEquals("/login.xhtml", chris.path(), "a disabled user's open session ends");
            chris.logIn(username, chosen).awaitText("The user name or password is not right.");
            assertEquals("/login.xhtml", chris.path());
        }

        try (Chrome rory = new Chrome(app)) {
            rory.logInAsDemoUser("rory");
            rory.open("/app/audit.xhtml").filter("filter:text", username);
            rory.awaitRows("User created", 1);
            String created = rory.rowsContaining("User created").get(0).getText();
            assertTrue(created.contains("Alex Nguyen") && created.contains(username) && created.contains("Done"),
                    created);
            String disabled = rory.rowsContaining("User disabled").get(0).getText();
            assertTrue(disabled.contains(username) && disabled.contains("Done"), disabled);
            String changed = rory.rowsContaining("Own password changed").get(0).getText();
            assertTrue(changed.contains("Chris Martin") && changed.contains("Done"), changed);
            assertFalse(rory.text().contains(password), "the one-time password is never audited");
            assertFalse(rory.text().contains("Chris-Own-Password-2026"), "nor the chosen one");
        }
    }

    @Test
    void an_administrator_cannot_disable_themselves_nor_remove_their_own_administrator_role(RunningApp app)
            throws Exception {
        try (Chrome alex = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            alex.open("/app/user.xhtml?id=alex").openDialog("actions:disable", "disable");
            alex.click(By.id("disableForm:confirm"));
            alex.awaitText("You cannot disable yourself (alex); ask another CMB administrator.");
            assertTrue(alex.isDialogOpen("disable"), "the refusal shows in the dialog, which stays open");
            alex.driver().findElement(By.id("disableForm:cancel")).click();
            alex.awaitDialogClosed("disable");

            alex.openDialog("actions:changeRoles", "roles");
            alex.driver().findElement(By.xpath("//form[@id='rolesForm']//label[contains(., 'Auditor')]")).click();
            alex.driver().findElement(By.xpath("//form[@id='rolesForm']//label[contains(., 'CMB administrator')]"))
                    .click();
            alex.click(By.id("rolesForm:confirm"));
            alex.awaitText("You cannot remove your own CMB administrator role (alex)");
            assertTrue(alex.isDialogOpen("roles"));
            alex.driver().navigate().refresh();
            alex.awaitText("CMB administrator");
            assertFalse(alex.driver().findElements(By.id("actions:disable")).isEmpty(), "alex is still enabled");
        }
    }

    @Test
    void the_second_of_two_administrators_changing_the_same_user_is_told_and_nothing_is_overwritten(RunningApp app)
            throws Exception {
        String username = "tom.obrien";
        try (Chrome alex = new Chrome(app); Chrome priya = new Chrome(app)) {
            alex.logInAsDemoUser("alex");
            create(alex, username, "brien", "Tom O'Brien (C1003)", "CMB approver");

            priya.logInAsDemoUser("priya");
            priya.open("/app/user.xhtml?id=" + username).awaitText("Tom O'Brien");

            alex.openDialog("actions:changeRoles", "roles");
            alex.driver().findElement(By.xpath("//form[@id='rolesForm']//label[contains(., 'Records officer')]"))
                    .click();
            alex.click(By.id("rolesForm:confirm")).awaitText("The roles of " + username + " are changed.");

            priya.openDialog("actions:disable", "disable");
            priya.click(By.id("disableForm:confirm"));
            priya.awaitText("Changed by someone else");
            assertTrue(priya.text().contains("Someone else changed"), priya.text());
            assertTrue(priya.text().contains("nothing was saved"), priya.text());

            priya.driver().navigate().refresh();
            priya.awaitText("Records officer");
            assertFalse(priya.driver().findElements(By.id("actions:disable")).isEmpty(), "the user is still enabled");
        }
    }

    @Test
    void a_user_who_is_not_a_cmb_administrator_is_refused_the_users_page(RunningApp app) throws Exception {
        try (Browser browser = new Browser(app)) {
            browser.logIn("jordan", "Demo-Password-2026");
            HtmlPage page = browser.open("/app/users.xhtml");
            assertEquals(403, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("Not available to your role"), page.asNormalizedText());
            assertEquals(403, browser.open("/app/user.xhtml?id=alex").getWebResponse().getStatusCode());
            assertFalse(browser.open("/app/index.xhtml").asNormalizedText().contains("Users"),
                    "no Users link either");
        }
    }
}
