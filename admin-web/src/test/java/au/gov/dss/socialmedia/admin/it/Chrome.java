package au.gov.dss.socialmedia.admin.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for journey tests: Debian's headless Chromium driven by Selenium through chromedriver, with a
 * fresh profile. {@code .ci/run} installs both; where they are missing the journey tests are skipped with that
 * reason (the rest of the suite still runs on a machine with only a JDK and Maven).
 */
public final class Chrome implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final RunningApp app;
    private final Path profile;

    /** Starts a headless Chromium; skips the test when Chromium or chromedriver is not installed. */
    public Chrome(RunningApp app) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "journey tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        this.app = app;
        this.profile = Files.createTempDirectory("chromium-profile-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1300,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** The driver, for what the helpers here do not cover. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the app. */
    public Chrome open(String path) {
        driver.get(app.url(path));
        return this;
    }

    /** Logs in through the login form. */
    public Chrome logIn(String username, String password) {
        open("/login.xhtml");
        type("login:username", username);
        type("login:password", password);
        driver.findElement(By.id("login:submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().endsWith("/login.xhtml")
                || !d.findElements(By.cssSelector(".app-message-error")).isEmpty());
        return this;
    }

    /** Logs in as the administrator (changing the initial password the first time). */
    public Chrome logInAsAdministrator() {
        app.administratorReady(this);
        return this;
    }

    /** The path of the page shown. */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Logs in as a demo user. */
    public Chrome logInAsDemoUser(String username) {
        return logIn(username, "Demo-Password-2026");
    }

    /** Replaces the text of an input. */
    public Chrome type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    /** Chooses the option whose label starts with the text in a PrimeFaces select menu. */
    public Chrome choose(String selectMenuId, String labelStart) {
        WebElement hidden = driver.findElement(By.id(selectMenuId + "_input"));
        Select select = new Select(hidden);
        String value = select.getOptions().stream().filter(o -> o.getAttribute("textContent").startsWith(labelStart))
                .findFirst().orElseThrow(() -> new AssertionError("no option '" + labelStart + "' in "
                        + selectMenuId)).getAttribute("value");
        ((JavascriptExecutor) driver).executeScript("PF(arguments[0]).selectValue(arguments[1]);",
                widgetVarOf(selectMenuId), value);
        return this;
    }

    /**
     * Types into a PrimeFaces auto-complete and picks the suggestion whose label starts with the text, as a user
     * does (works for single and multiple auto-completes).
     */
    public Chrome complete(String autoCompleteId, String typed, String labelStart) {
        WebElement input = driver.findElement(By.id(autoCompleteId + "_input"));
        input.sendKeys(typed);
        By items = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item");
        WebElement item = new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElements(items).stream()
                .filter(li -> li.isDisplayed() && li.getText().startsWith(labelStart)).findFirst().orElse(null));
        item.click();
        settle();
        return this;
    }

    /** Chooses an option like {@link #choose} and fires the menu's AJAX change behaviour, as a user's pick does. */
    public Chrome chooseAndSubmit(String selectMenuId, String labelStart) {
        choose(selectMenuId, labelStart);
        ((JavascriptExecutor) driver).executeScript("const w = PF(arguments[0]);"
                + " if (w.hasBehavior('change')) { w.callBehavior('change'); }", widgetVarOf(selectMenuId));
        settle();
        return this;
    }

    /** Clicks and waits for PrimeFaces' AJAX to finish. */
    public Chrome click(By by) {
        driver.findElement(by).click();
        settle();
        return this;
    }

    /** Clicks an element and waits for PrimeFaces' AJAX to finish. */
    public Chrome click(WebElement element) {
        element.click();
        settle();
        return this;
    }

    /** Waits until no PrimeFaces AJAX request is running. */
    public void settle() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The page's visible text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the text. */
    public Chrome awaitText(String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("body"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page never showed '" + text + "'; it shows:\n" + text(), e);
        }
        return this;
    }

    /** Types into a filter field and waits for the table it updates (PrimeFaces delays the request). */
    public Chrome filter(String id, String text) {
        type(id, text);
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
        return this;
    }

    /** Clicks the button matching the CSS selector in the (fresh) row containing the text. */
    public Chrome clickInRow(String rowText, String buttonSelector) {
        for (int attempt = 0; ; attempt++) {
            try {
                WebElement row = rowsContaining(rowText).stream().findFirst()
                        .orElseThrow(() -> new AssertionError("no row for " + rowText + ":\n" + text()));
                return click(row.findElement(By.cssSelector(buttonSelector)));
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
                settle();
            }
        }
    }

    /** The table rows containing the text. */
    public List<WebElement> rowsContaining(String text) {
        return driver.findElements(By.xpath("//tr[td[contains(., '" + text + "')]]"));
    }

    private String widgetVarOf(String id) {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "for (const k in PrimeFaces.widgets) { if (PrimeFaces.widgets[k].id === arguments[0]) return k; }"
                        + " return null;", id);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
