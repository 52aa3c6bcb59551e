package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import au.gov.dss.socialmedia.records.testing.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The command line's contract, run in this JVM against a fresh database (PostgreSQL when one is configured, as for
 * the crash test; H2 otherwise): what it does to the database, and how it answers bad arguments.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsCliTest {

    private final TestDatabases.Database database = TestDatabases.empty();

    /** What one run printed and returned. */
    private record Run(int exitCode, String out, String err) {
    }

    RecordsCliTest() throws Exception {
    }

    @AfterEach
    void dispose() throws Exception {
        database.dispose();
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new RecordsCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command with the test database's connection options. */
    private String[] on(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--jdbc", database.url(), "--user", database.user(),
                "--password=" + database.password()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private boolean tableExists(String name) throws Exception {
        try (Connection connection = database.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(),
                     connection.getMetaData().storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name,
                     new String[] {"TABLE"})) {
            return rows.next();
        }
    }

    @Test
    void a_command_on_a_database_without_the_outbox_says_where_it_comes_from_and_creates_nothing() throws Exception {
        Run status = cli(on("status"));
        assertEquals(2, status.exitCode(), status.err());
        assertTrue(status.err().startsWith("records: the database has no record_outbox table. In the application's"
                + " database admin-web's migrations create it (V13)"), status.err());
        assertFalse(tableExists("record_outbox"), "the CLI must not migrate the application's database");
        assertFalse(tableExists("records_schema_history"), "the CLI must not migrate the application's database");
    }

    @Test
    void migrate_gives_a_standalone_database_the_outbox_and_its_own_history_and_the_commands_then_work()
            throws Exception {
        Run migrate = cli(on("migrate"));
        assertEquals(0, migrate.exitCode(), migrate.err());
        assertEquals("records outbox schema is up to date", migrate.out().strip());
        assertTrue(tableExists("record_outbox"));
        assertTrue(tableExists("records_schema_history"));
        assertTrue(OutboxSchema.outboxExists(database.dataSource()));
        Run status = cli(on("status"));
        assertEquals(0, status.exitCode(), status.err());
        assertEquals("pending 0, failed 0, captured 0", status.out().strip());
    }

    @Test
    void a_database_url_of_another_kind_is_a_configuration_error_naming_the_option() {
        Run run = cli("status", "--jdbc", "jdbc:mysql://db/app?password=hunter2");
        assertEquals(2, run.exitCode());
        assertEquals("records: --jdbc (records.jdbc.url): unsupported JDBC URL 'jdbc:mysql:...': the records adapter"
                + " connects to PostgreSQL (jdbc:postgresql://host:port/database) or H2 (jdbc:h2:...)",
                run.err().strip());
    }

    @Test
    void a_database_that_cannot_be_reached_is_exit_status_3() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Run run = cli("status", "--jdbc", "jdbc:postgresql://127.0.0.1:" + closedPort + "/app");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("records: database: cannot connect: Connection to 127.0.0.1:" + closedPort
                + " refused"), run.err());
    }
}
