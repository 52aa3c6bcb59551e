package au.gov.dss.socialmedia.records.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Apache Chemistry's OpenCMIS InMemory server under Jetty 9.4, started as a process on a free loopback port from
 * the files the build copied to {@code target/cmis-server} (system property {@code records.cmis.dir}). Start it
 * once per test class.
 */
public final class CmisServer implements AutoCloseable {

    /** The user the InMemory server lets in by default. */
    public static final String USER = "admin";
    /** That user's password. */
    public static final String PASSWORD = "admin";
    /** The id of the InMemory server's repository. */
    public static final String REPOSITORY = "A1";

    private final Process process;
    private final int port;
    private final Path log;

    private CmisServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The directory holding the war, jetty-runner and lib/, or null when the build did not copy them. */
    public static Path directory() {
        String dir = System.getProperty("records.cmis.dir");
        if (dir == null || !Files.exists(Path.of(dir, "jetty-runner.jar"))) {
            return null;
        }
        return Path.of(dir);
    }

    /** Starts the server and waits (up to 3 minutes) until the browser binding answers. */
    public static CmisServer start() throws IOException, InterruptedException {
        CmisServer server = launch();
        server.awaitReady();
        return server;
    }

    /**
     * Starts the server without waiting for it, so that something else can start meanwhile; {@link #awaitReady()}
     * waits for it.
     */
    public static CmisServer launch() throws IOException {
        Path dir = directory();
        if (dir == null) {
            throw new IllegalStateException("the CMIS server files are missing (system property records.cmis.dir: "
                    + System.getProperty("records.cmis.dir") + "): run through mvn verify");
        }
        int port = freePort();
        Path log = Files.createTempFile("cmis-server-", ".log");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-Dorg.eclipse.jetty.util.log.class=org.eclipse.jetty.util.log.StdErrLog",
                "-jar", "jetty-runner.jar", "--host", "127.0.0.1", "--port", Integer.toString(port), "--lib", "lib",
                "--path", "/inmemory", "chemistry-opencmis-server-inmemory.war"));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new CmisServer(process, port, log);
    }

    /** Waits (up to 3 minutes) until the browser binding answers; stops the server if it never does. */
    public void awaitReady() throws IOException, InterruptedException {
        awaitReady(Duration.ofMinutes(3));
    }

    private void awaitReady(Duration budget) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(budget);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the CMIS server stopped: " + Files.readString(log));
            }
            try {
                int status = http.send(HttpRequest.newBuilder(URI.create(browserUrl()))
                        .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the CMIS server did not start in " + budget + ": " + Files.readString(log));
    }

    /** The browser binding URL. */
    public String browserUrl() {
        return "http://127.0.0.1:" + port + "/inmemory/browser";
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A free loopback port. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The java binary of this JVM. */
    public static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
