package au.gov.dss.socialmedia.admin.it;

import java.io.IOException;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;

/**
 * A fast headless browser (HtmlUnit) for page tests without AJAX: login, redirects, plain form posts. The
 * journeys with PrimeFaces' AJAX run in Chromium (see {@link Chrome}).
 */
public final class Browser implements AutoCloseable {

    private final WebClient client = new WebClient(BrowserVersion.FIREFOX);
    private final RunningApp app;

    /** A new browser with its own cookies. */
    public Browser(RunningApp app) {
        this.app = app;
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setRedirectEnabled(true);
    }

    /** Opens a path of the app. */
    public HtmlPage open(String path) throws IOException {
        return client.getPage(app.url(path));
    }

    /** Fills in and submits the login form, returning the page it leads to. */
    public HtmlPage logIn(String username, String password) throws IOException {
        HtmlPage login = open("/login.xhtml");
        login.getHtmlElementById("login:username").type(username);
        login.getHtmlElementById("login:password").type(password);
        return login.getHtmlElementById("login:submit").click();
    }

    /** Waits for background JavaScript (AJAX) to finish. */
    public void settle() {
        client.waitForBackgroundJavaScript(5_000);
    }

    @Override
    public void close() {
        client.close();
    }
}
