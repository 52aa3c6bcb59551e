package au.gov.dss.socialmedia.admin.it;

import au.gov.dss.socialmedia.records.testing.CmisServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real WAR on a real Payara Micro, started once for all integration tests as a separate process
 * ({@code java -jar payara-micro.jar --deploy admin-web.war --port <free> --nocluster}) and stopped when the tests
 * end, with the demo data switched on (tests create what they change, so they do not depend on each other). Ready
 * means {@code /health/ready} answers 200 (Payara logs "ready" even when a deployment failed). It uses
 * a fresh H2 database in a temporary folder, or, when the environment gives a PostgreSQL {@code DB_URL} (as CI
 * does), a fresh schema in that database.
 * <p>
 * Records go to both targets the app knows: its BagIt archive under the data folder, and a CMIS repository (Apache
 * Chemistry's InMemory server under Jetty, the records adapter's {@link CmisServer}, started beside the app on a
 * free port and given to it through {@code RECORDS_CMIS_*}), so every journey's records also go through CMIS, as
 * they do where the department configures it.
 */
public final class RunningApp implements ExtensionContext.Store.CloseableResource {

    /** The initial administrator's password, given through ADMIN_INITIAL_PASSWORD. */
    public static final String INITIAL_PASSWORD = "Initial-Password-2026";
    /** The administrator's password after the forced change at first login. */
    public static final String ADMIN_PASSWORD = "Changed-Password-2026!";

    /** The CMIS folder the app files its records under. */
    public static final String CMIS_FOLDER = "/Records";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;
    private final Path dataDir;
    private final CmisServer cmis;

    private RunningApp() throws IOException, InterruptedException {
        cmis = CmisServer.launch();
        port = freePort();
        Path work = Files.createTempDirectory("smg-it-");
        log = work.resolve("payara.log");
        dataDir = work.resolve("data");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx768m", "-Dsmg.data.dir=" + work.resolve("data"),
                "-jar", property("payara.micro.jar"), "--deploy", property("app.war"), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--rootdir", work.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("ADMIN_INITIAL_PASSWORD", INITIAL_PASSWORD);
        env.put("DEMO_DATA", "true");
        env.put("RECORDS_SYNC_INTERVAL", "PT2S");
        env.put("POSTS_SCHEDULE_INTERVAL", "PT2S");
        env.put("RECORDS_CMIS_URL", cmis.browserUrl());
        env.put("RECORDS_CMIS_USER", CmisServer.USER);
        env.put("RECORDS_CMIS_PASSWORD", CmisServer.PASSWORD);
        env.put("RECORDS_CMIS_FOLDER", CMIS_FOLDER);
        String url = System.getenv("DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
            createSchema(url, schema);
            env.put("DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            env.put("DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource");
        }
        try {
            process = builder.start();
        } catch (IOException e) {
            cmis.close();
            throw e;
        }
        awaitReady();
    }

    /** The app for this test run, started on first use. */
    public static RunningApp in(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningApp.class, key -> {
                    try {
                        return new RunningApp();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException("Payara Micro did not start", e);
                    }
                }, RunningApp.class);
    }

    /** The base URL, for example {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The URL of a path of the app. */
    public String url(String path) {
        return url() + path;
    }

    private boolean passwordChanged;
    private String firstLoginPage;

    /**
     * Logs the browser in as the administrator. The first time, the administrator logs in with the initial
     * password, is sent to change it, and changes it; {@link #firstLoginPage()} tells where that first login led.
     */
    synchronized void administratorReady(Chrome chrome) {
        if (!passwordChanged) {
            chrome.logIn("admin", INITIAL_PASSWORD);
            firstLoginPage = java.net.URI.create(chrome.driver().getCurrentUrl()).getPath();
            chrome.type("password:current", INITIAL_PASSWORD).type("password:replacement", ADMIN_PASSWORD)
                    .type("password:confirmation", ADMIN_PASSWORD);
            chrome.driver().findElement(org.openqa.selenium.By.id("password:submit")).click();
            chrome.awaitText("Your password has been changed.");
            passwordChanged = true;
            return;
        }
        chrome.logIn("admin", ADMIN_PASSWORD);
    }

    /** Where the administrator's first login led (the password change page, if the app is right). */
    synchronized String firstLoginPage() {
        return firstLoginPage;
    }

    /** The app's data folder (embedded database, BagIt archive of records). */
    public Path dataDir() {
        return dataDir;
    }

    /** The CMIS repository the app files its records in. */
    public CmisServer cmis() {
        return cmis;
    }

    /** What the server has logged so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    private void awaitReady() throws IOException, InterruptedException {
        try {
            cmis.awaitReady();
        } catch (IllegalStateException e) {
            close();
            throw e;
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url("/health/ready")).toURL()
                        .openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200 && log().contains("Database schema at version")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("Payara Micro was not ready within " + START_TIMEOUT + ":\n" + log());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        } finally {
            cmis.close();
        }
    }

    private static void createSchema(String url, String schema) {
        try (Connection connection = DriverManager.getConnection(url, env("DB_USER", "postgres"),
                env("DB_PASSWORD", "")); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " at " + url, e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("system property " + name + " must name an existing file (run the"
                    + " integration tests through Maven: mvn verify), but was " + value);
        }
        return value;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
