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
    /**
     * How long a journey waits for what it needs (a page, an AJAX update, a row): generous, because a test that
     * fails when the machine is busy is a defect; a journey that works never waits this long.
     */
    static final Duration WAIT = Duration.ofSeconds(Long.getLong("it.wait.seconds", 45));
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
        new WebDriverWait(driver, WAIT).until(d -> !d.getCurrentUrl().endsWith("/login.xhtml")
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
        WebElement item = new WebDriverWait(driver, WAIT).until(d -> d.findElements(items).stream()
                .filter(li -> li.isDisplayed() && li.getText().startsWith(labelStart)).findFirst().orElse(null));
        item.click();
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

    /**
     * Picks the option whose label starts with the text in a PrimeFaces select menu as a person does: opens its
     * panel, waits until the panel has finished opening (a click while PrimeFaces' opening transition runs is
     * dropped, which made the directory's area filter time out on a busy machine), clicks the option, and checks
     * that the menu took it, trying again if not; then waits for the AJAX the choice sends.
     */
    public Chrome select(String selectMenuId, String labelStart) {
        By trigger = By.id(selectMenuId);
        By option = By.xpath("//*[@id='" + selectMenuId + "_panel']//li[starts-with(normalize-space(.), '"
                + labelStart + "')]");
        for (int attempt = 1; ; attempt++) {
            driver.findElement(trigger).click();
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                    "const p = document.getElementById(arguments[0] + '_panel');"
                            + " return p !== null && getComputedStyle(p).display !== 'none'"
                            + " && p.getBoundingClientRect().height > 0"
                            + " && !p.classList.contains('ui-connected-overlay-enter')"
                            + " && !p.classList.contains('ui-connected-overlay-enter-active')"
                            + " && p.getAnimations({subtree: true}).every(a => a.playState !== 'running');",
                    selectMenuId)));
            driver.findElement(option).click();
            settle();
            String chosen = driver.findElement(By.id(selectMenuId + "_label")).getText();
            if (chosen.startsWith(labelStart)) {
                return this;
            }
            if (attempt == 3) {
                throw new AssertionError("the menu " + selectMenuId + " shows '" + chosen + "', not '" + labelStart
                        + "', after three picks");
            }
        }
    }

    /** Types a date into a PrimeFaces date field as people write it here (day/month/year), then leaves it. */
    public Chrome date(String datePickerId, java.time.LocalDate day) {
        WebElement input = driver.findElement(By.id(datePickerId + "_input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        String typed = day.getDayOfMonth() + "/" + day.getMonthValue() + "/" + day.getYear();
        input.sendKeys(typed);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        new WebDriverWait(driver, WAIT).until(d -> typed.equals(d.findElement(By.id(datePickerId + "_input"))
                .getAttribute("value")));
        return this;
    }

    /** Types a date and time into a PrimeFaces date-and-time field (d/M/yyyy HH:mm), then leaves it. */
    public Chrome dateTime(String datePickerId, java.time.LocalDateTime at) {
        WebElement input = driver.findElement(By.id(datePickerId + "_input"));
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.DELETE);
        String typed = at.getDayOfMonth() + "/" + at.getMonthValue() + "/" + at.getYear() + " "
                + String.format("%02d:%02d", at.getHour(), at.getMinute());
        input.sendKeys(typed);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        new WebDriverWait(driver, WAIT).until(d -> typed.equals(d.findElement(By.id(datePickerId + "_input"))
                .getAttribute("value")));
        return this;
    }

    /** Checks the option whose label starts with the text in a PrimeFaces check-box menu, as a person does. */
    public Chrome check(String checkboxMenuId, String labelStart) {
        driver.findElement(By.id(checkboxMenuId)).click();
        By item = By.xpath("//*[@id='" + checkboxMenuId + "_panel']//li[.//label[starts-with(normalize-space(.), '"
                + labelStart + "')]]");
        WebElement option = new WebDriverWait(driver, WAIT).until(d -> d.findElements(item).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        option.findElement(By.cssSelector(".ui-chkbox-box")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.cssSelector("[id='" + checkboxMenuId
                + "'] .ui-selectcheckboxmenu-token-label, [id='" + checkboxMenuId + "'] .ui-selectcheckboxmenu-label"))
                .stream().anyMatch(label -> label.getText().contains(labelStart)));
        driver.findElement(By.id(checkboxMenuId + "_focus")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        settle();
        return this;
    }

    /** Presses Enter in the field, as a person who typed a search does. */
    public Chrome pressEnter(String id) {
        driver.findElement(By.id(id)).sendKeys(org.openqa.selenium.Keys.ENTER);
        settle();
        return this;
    }

    /** Waits until the browser shows the page at the path (for example after an action redirected). */
    public Chrome awaitPath(String path) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> path().equals(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the browser never reached " + path + "; it is at " + driver.getCurrentUrl(), e);
        }
        return this;
    }

    /** Clicks the button that opens a dialog and waits until the dialog (its widget) is shown. */
    public Chrome openDialog(String buttonId, String widget) {
        click(By.id(buttonId));
        new WebDriverWait(driver, WAIT).until(d -> isDialogOpen(widget));
        return this;
    }

    /** Whether the dialog (its widget) is shown. */
    public boolean isDialogOpen(String widget) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!(window.PF && PF(arguments[0]) && PF(arguments[0]).isVisible());", widget));
    }

    /** Waits until the dialog (its widget) is closed. */
    public Chrome awaitDialogClosed(String widget) {
        new WebDriverWait(driver, WAIT).until(d -> !isDialogOpen(widget));
        return this;
    }

    /** Follows the link with the text (a list's link to a thing's page) and waits for the page. */
    public Chrome follow(String linkText) {
        WebElement link = new WebDriverWait(driver, WAIT).until(d -> d.findElements(By.linkText(linkText)).stream()
                .findFirst().orElse(null));
        String target = link.getAttribute("href");
        link.click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().equals(target)
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Waits until the table rows containing the text number exactly {@code count}. */
    public Chrome awaitRows(String text, int count) {
        try {
            new WebDriverWait(driver, WAIT).until(d -> rowsContaining(text).size() == count);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("expected " + count + " rows with '" + text + "'; the page shows:\n" + text(), e);
        }
        return this;
    }

    /** Lets the browser download files into a new folder, and returns the folder. */
    public Path downloadsInto() throws IOException {
        Path folder = Files.createTempDirectory("downloads-");
        ((org.openqa.selenium.chromium.HasCdp) driver).executeCdpCommand("Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", folder.toString()));
        return folder;
    }

    /** Waits until a download whose name ends with the suffix has finished in the folder; returns it. */
    public Path awaitDownload(Path folder, String suffix) {
        return new WebDriverWait(driver, WAIT).until(d -> {
            try (var files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Waits until no PrimeFaces AJAX request is running. */
    public void settle() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /**
     * Saves a picture of the whole page as PNG under the folder named by the system property
     * {@code it.screenshots}, to look at a page as each role sees it; does nothing when the property is not set.
     */
    public Chrome screenshot(String name) throws IOException {
        String folder = System.getProperty("it.screenshots", "");
        if (folder.isBlank()) {
            return this;
        }
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1300, Math.max(1000,
                Math.min(8000, height.intValue() + 40))));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(
                org.openqa.selenium.OutputType.BYTES);
        Files.createDirectories(Path.of(folder));
        Files.write(Path.of(folder, name + ".png"), png);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1300, 1000));
        return this;
    }

    /** The page's visible text. */
    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page shows the text. */
    public Chrome awaitText(String text) {
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("body"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page never showed '" + text + "'; it shows:\n" + text(), e);
        }
        return this;
    }

    /**
     * Types into a list's search box and presses Enter, as a person does, and waits for the table it updates
     * (the box also filters as one types, after a pause; Enter filters at once and never runs an action).
     */
    public Chrome filter(String id, String text) {
        type(id, text);
        pressEnter(id);
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        settle();
        return this;
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
