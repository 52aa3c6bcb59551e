package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LoginIT {

    @Test
    void the_app_reports_ready_when_its_database_answers(RunningApp app) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create(app.url("/health/ready")).toURL()
                .openConnection();
        assertEquals(200, connection.getResponseCode());
        String body = new String(connection.getInputStream().readAllBytes());
        assertTrue(body.contains("\"database\"") && body.contains("UP"), body);
    }

    @Test
    void nobody_sees_the_app_without_logging_in(RunningApp app) throws Exception {
        try (Browser browser = new Browser(app)) {
            HtmlPage page = browser.open("/app/index.xhtml");
            assertEquals("/login.xhtml", page.getUrl().getPath());
        }
    }

    @Test
    void a_wrong_password_is_refused_without_saying_which_part_was_wrong(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logIn("admin", "not-the-password").awaitText("The user name or password is not right.");
            assertEquals("/login.xhtml", chrome.path());
            chrome.logIn("nobody", "not-the-password").awaitText("The user name or password is not right.");
        }
    }

    @Test
    void the_initial_administrator_must_change_the_password_at_first_login(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsAdministrator();
            assertEquals("/change-password.xhtml", app.firstLoginPage());
            assertEquals("/app/index.xhtml", chrome.path());
        }
        try (Chrome chrome = new Chrome(app)) {
            chrome.logIn("admin", RunningApp.INITIAL_PASSWORD).awaitText("The user name or password is not right.");
            assertFalse(chrome.path().startsWith("/app/"), "the initial password no longer works");
        }
    }

    @Test
    void logging_out_ends_the_session(RunningApp app) throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.logInAsAdministrator();
            chrome.driver().findElement(org.openqa.selenium.By.id("nav:logout")).click();
            chrome.awaitText("Log in");
            assertEquals("/login.xhtml", chrome.path());
            assertEquals("/login.xhtml", chrome.open("/app/index.xhtml").path());
        }
    }
}
