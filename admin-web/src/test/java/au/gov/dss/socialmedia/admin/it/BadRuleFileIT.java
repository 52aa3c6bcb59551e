package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A rule-set file CMB configured that cannot be used stops the app: the real WAR on its own Payara Micro, given
 * {@code SCREENING_RULE_FILES} naming a file with a bad date on line 4, is not served, and the log names the file,
 * the line and the problem. (Its own server, apart from the one the journeys share.)
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BadRuleFileIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    @Test
    void a_bad_rule_file_stops_the_deployment_and_the_log_names_the_file_the_line_and_the_problem() throws Exception {
        Path work = Files.createTempDirectory("smg-bad-rules-");
        Path rules = Files.writeString(work.resolve("local-rules.json"), String.join("\n",
                "{",
                "  \"format\": \"dss-social-media-rule-set/1\",",
                "  \"version\": \"2027.01-1\",",
                "  \"effectiveFrom\": \"the first of January\",",
                "  \"rules\": []",
                "}"));
        Path log = work.resolve("payara.log");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dsmg.data.dir=" + work.resolve("data"), "-jar", property("payara.micro.jar"),
                "--deploy", property("app.war"), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--rootdir", work.resolve("payara").toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SCREENING_RULE_FILES", rules.toString());
        builder.environment().put("ADMIN_INITIAL_PASSWORD", RunningApp.INITIAL_PASSWORD);
        Process process = builder.start();
        try {
            String text = awaitStarted(process, log);

            assertNotEquals(200, status(port, "/health/ready"), "the app must not be served");
            assertNotEquals(200, status(port, "/login.xhtml"), "the app must not be served");
            assertTrue(text.contains(rules + ", line 4: effectiveFrom must be a date"), tail(text));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Waits until Payara Micro has tried the deployment (it says it is ready even when a deployment failed). */
    private static String awaitStarted(Process process, Path log) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            String text = Files.exists(log) ? Files.readString(log) : "";
            if (!process.isAlive() || text.contains("ready in")) {
                return text;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Payara Micro did not finish starting within " + START_TIMEOUT);
    }

    private static int status(int port, String path) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + path).toURL()
                    .openConnection();
            connection.setConnectTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException notServed) {
            return -1;
        }
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("system property " + name + " must name an existing file (run the"
                    + " integration tests through Maven: mvn verify), but was " + value);
        }
        return value;
    }
}
