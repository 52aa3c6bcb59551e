package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import au.gov.dss.socialmedia.records.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract, run in this JVM against a fresh database (PostgreSQL when one is configured, as for
 * the crash test; H2 otherwise): what it does to the database, and how it answers bad arguments.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsCliTest {

    private final TestDatabases.Database database = TestDatabases.empty();

    @TempDir
    Path work;

    RecordsCliTest() throws Exception {
    }

    @AfterEach
    void dispose() throws Exception {
        database.dispose();
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
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
        CliRun status = cli(on("status"));
        assertEquals(2, status.exitCode(), status.err());
        assertTrue(status.err().startsWith("records: the database has no record_outbox table. In the application's"
                + " database admin-web's migrations create it (V13)"), status.err());
        assertFalse(tableExists("record_outbox"), "the CLI must not migrate the application's database");
        assertFalse(tableExists("records_schema_history"), "the CLI must not migrate the application's database");
    }

    @Test
    void migrate_gives_a_standalone_database_the_outbox_and_its_own_history_and_the_commands_then_work()
            throws Exception {
        CliRun migrate = cli(on("migrate"));
        assertEquals(0, migrate.exitCode(), migrate.err());
        assertEquals("records outbox schema is up to date", migrate.out().strip());
        assertTrue(tableExists("record_outbox"));
        assertTrue(tableExists("records_schema_history"));
        assertTrue(OutboxSchema.outboxExists(database.dataSource()));
        CliRun status = cli(on("status"));
        assertEquals(0, status.exitCode(), status.err());
        assertEquals("pending 0, failed 0, captured 0", status.out().strip());
    }

    @Test
    void a_number_that_is_not_one_is_refused_naming_its_setting() {
        assertEquals(0, cli(on("migrate")).exitCode());
        CliRun run = cli(on("sync", "--bagit", work.toString(), "--batch", "many"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("records: records.sync.batch must be a whole number, but is 'many'", run.firstError());
    }

    @Test
    void a_duration_that_is_not_one_is_refused_naming_its_setting() {
        assertEquals(0, cli(on("migrate")).exitCode());
        CliRun run = cli(on("sync", "--bagit", work.toString(), "--lease", "soon"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("records: records.sync.lease must be a duration (30s, 5m, 1h, 250ms or PT30S), but is 'soon'",
                run.firstError());
    }

    @Test
    void an_export_day_that_is_not_a_date_is_refused_naming_the_option() {
        assertEquals(0, cli(on("migrate")).exitCode());
        CliRun run = cli(on("export", "--from", "2026-13-01", "--to", "2026-12-01", "--out",
                work.resolve("export").toString()));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("records: --from must be a day (YYYY-MM-DD) or an instant (2026-11-01T00:00:00Z), but is"
                + " '2026-13-01'", run.firstError());
    }

    @Test
    void a_record_id_that_is_not_a_uuid_is_refused_naming_the_option() {
        assertEquals(0, cli(on("migrate")).exitCode());
        CliRun run = cli(on("retry", "--id", "42"));
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("records: --id must be a record's id (a UUID), but is '42'", run.firstError());
    }

    @Test
    void a_database_url_of_another_kind_is_a_configuration_error_naming_the_option() {
        CliRun run = cli("status", "--jdbc", "jdbc:mysql://db/app?password=hunter2");
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
        CliRun run = cli("status", "--jdbc", "jdbc:postgresql://127.0.0.1:" + closedPort + "/app");
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("records: database: cannot connect: Connection to 127.0.0.1:" + closedPort
                + " refused"), run.err());
    }
}
