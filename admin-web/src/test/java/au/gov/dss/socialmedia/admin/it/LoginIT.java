package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    void the_session_cookie_is_hidden_from_scripts_and_from_other_sites_forms_and_never_put_in_a_link(RunningApp app)
            throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(app.url("/login.xhtml"))).build(), BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + login.headers().map()));
        List<String> attributes = Arrays.stream(cookie.split(";")).map(String::trim).toList();
        assertTrue(attributes.contains("HttpOnly"), cookie);
        assertTrue(attributes.stream().anyMatch("SameSite=Lax"::equalsIgnoreCase), cookie);
        assertFalse(login.body().toLowerCase(Locale.ROOT).contains("jsessionid"), "session id in the page's links");
        String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src") && policy.contains("nonce-"),
                "Content-Security-Policy: " + policy);
    }

    @Test
    void a_logged_in_user_is_never_refused_a_page_of_their_role_while_many_others_use_the_app(RunningApp app)
            throws Exception {
        // Payara Micro's own remembered login lost the roles of some requests under load (403, payara/Payara#6145).
        int users = 16;
        int pagesEach = 25;
        List<HttpClient> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            sessions.add(logInOverHttp(app, "alex", "Demo-Password-2026"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<List<Integer>>> answers = new ArrayList<>();
            for (HttpClient session : sessions) {
                answers.add(pool.submit(() -> {
                    List<Integer> refused = new ArrayList<>();
                    for (int page = 0; page < pagesEach; page++) {
                        String path = page % 2 == 0 ? "/app/accounts.xhtml" : "/app/authorisations.xhtml";
                        HttpResponse<String> answer = session.send(
                                HttpRequest.newBuilder(URI.create(app.url(path))).build(), BodyHandlers.ofString());
                        if (answer.statusCode() != 200 || !answer.body().contains("ui-datatable")) {
                            refused.add(answer.statusCode());
                        }
                    }
                    return refused;
                }));
            }
            List<Integer> refused = new ArrayList<>();
            for (Future<List<Integer>> answer : answers) {
                refused.addAll(answer.get(5, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), refused, "statuses of pages not shown, of " + users * pagesEach);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A client with its own cookies, logged in through the login form with plain HTTP requests. */
    private static HttpClient logInOverHttp(RunningApp app, String username, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(app.url("/login.xhtml"))).build(),
                BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"").matcher(form);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(form);
        assertTrue(action.find() && viewState.find(), form);
        String body = Map.of("login", "login", "login:username", username, "login:password", password,
                        "login:submit", "", "jakarta.faces.ViewState", viewState.group(1)).entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> landing = client.send(HttpRequest.newBuilder(
                        URI.create(app.url("/")).resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
        assertEquals("/app/index.xhtml", landing.uri().getPath(), "login as " + username);
        return client;
    }

    @Test
    void nobody_sees_the_app_without_logging_in(RunningApp app) throws Exception {
        try (Browser browser = new Browser(app)) {
            HtmlPage page = browser.open("/app/index.xhtml");
            assertEquals("/login.xhtml", page.getUrl().getPath());
        }
    }

    @Test
    void someone_who_asked_for_a_page_before_logging_in_sees_that_page_after_logging_in(RunningApp app)
            throws Exception {
        try (Chrome chrome = new Chrome(app)) {
            chrome.open("/app/accounts.xhtml?state=ACTIVE");
            assertEquals("/login.xhtml", chrome.path());
            chrome.logInAsDemoUser("alex");
            assertEquals("/app/accounts.xhtml", chrome.path());
            assertTrue(chrome.driver().getCurrentUrl().endsWith("?state=ACTIVE"), chrome.driver().getCurrentUrl());
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
