package au.gov.dss.socialmedia.admin.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core (the npm package, injected into the page) against WCAG 2.1 A and AA and returns the serious and
 * critical violations. {@code .ci/run} installs the package; the location is the system property
 * {@code axe.script}. Without it, accessibility checks are skipped and say why.
 */
final class Accessibility {

    private Accessibility() {
    }

    /** The serious and critical WCAG 2.1 A/AA violations of the page shown, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Chrome chrome) throws IOException {
        String location = System.getProperty("axe.script", "");
        Assumptions.assumeTrue(!location.isBlank() && Files.isReadable(Path.of(location)),
                "accessibility checks need the npm package axe-core (npm install --prefix .ci/node axe-core@4)");
        JavascriptExecutor js = (JavascriptExecutor) chrome.driver();
        settle(js);
        js.executeScript(Files.readString(Path.of(location)));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))))"
                + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " at "
                        + violation.get("nodes"));
            }
        }
        return serious;
    }

    /**
     * Waits (up to five seconds) until no AJAX request is pending and no CSS transition or animation runs: a
     * button PrimeFaces fades back in after a request would otherwise be measured half-transparent, and fail the
     * contrast rule at random.
     */
    private static void settle(JavascriptExecutor js) {
        js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const quiet = () => (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                + " && (!window.jQuery || (jQuery.active === 0 && jQuery.timers.length === 0))"
                + " && document.getAnimations().every(a => a.playState !== 'running');"
                + "const started = Date.now();"
                + "(function check() { if (quiet() || Date.now() - started > 5000) { done(); }"
                + " else { setTimeout(check, 50); } })();");
    }
}
