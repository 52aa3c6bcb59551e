package au.gov.dss.socialmedia.admin.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.cli.DriverDataSources;
import au.gov.dss.socialmedia.records.outbox.OutboxCounts;
import au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping;
import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordStatus;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The records outbox is the app's own migration V13: a fresh database gets it from the app's Flyway alone; a
 * database where the records adapter created it (with its own history table, as the app did up to V12) migrates
 * cleanly and keeps its records; and V13 creates the same table as the adapter's {@code db/records} script, which
 * the records CLI still applies to a standalone database. On H2 (MODE=LEGACY, as the app runs it) by default, on
 * PostgreSQL when {@code DB_URL} names one (a fresh schema per database).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsOutboxMigrationTest {

    private final Clock clock = Clock.systemUTC();
    private final List<EmptyDatabase> databases = new ArrayList<>();

    /** An empty database: H2 in memory, or a new schema in the configured PostgreSQL. */
    private record EmptyDatabase(String url, String user, String password, String disposal) {

        DataSource dataSource() {
            return DriverDataSources.forUrl(url, user, password);
        }

        Flyway flyway(String target) {
            return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration")
                    .target(target).load();
        }
    }

    private EmptyDatabase empty() {
        String url = System.getenv("DB_URL");
        EmptyDatabase database;
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            String user = System.getenv().getOrDefault("DB_USER", "postgres");
            String password = System.getenv().getOrDefault("DB_PASSWORD", "");
            try (Connection connection = DriverDataSources.forUrl(url, user, password).getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
            }
            database = new EmptyDatabase(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
                    password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } else {
            database = new EmptyDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY", "sa",
                    "", "SHUTDOWN");
        }
        databases.add(database);
        return database;
    }

    @AfterEach
    void dispose() throws SQLException {
        for (EmptyDatabase database : databases) {
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(database.disposal());
            }
        }
    }

    @Test
    void a_fresh_database_gets_the_outbox_from_the_apps_migrations_with_one_history() throws Exception {
        EmptyDatabase database = empty();
        database.flyway("latest").migrate();
        assertTrue(tableExists(database.dataSource(), "record_outbox"));
        assertFalse(tableExists(database.dataSource(), "records_schema_history"));
        assertTrue(succeeded(database, "13"));
        DomainEvent event = SampleEvents.accountActivated();
        capture(database.dataSource(), event);
        RecordOutbox outbox = new RecordOutbox(database.dataSource(), clock);
        assertEquals(RecordStatus.PENDING, outbox.find(event.eventId().value()).orElseThrow().status());
    }

    @Test
    void a_database_whose_outbox_the_adapter_created_migrates_cleanly_and_keeps_its_records() throws Exception {
        EmptyDatabase database = empty();
        database.flyway("12").migrate();
        OutboxSchema.migrate(database.dataSource());
        DomainEvent before = SampleEvents.authorisationRevoked();
        capture(database.dataSource(), before);
        assertTrue(tableExists(database.dataSource(), "records_schema_history"));

        database.flyway("latest").migrate();

        assertTrue(succeeded(database, "13"));
        assertFalse(tableExists(database.dataSource(), "records_schema_history"),
                "the adapter's own history is gone: the app's database has one migration history");
        RecordOutbox outbox = new RecordOutbox(database.dataSource(), clock);
        assertEquals(RecordStatus.PENDING, outbox.find(before.eventId().value()).orElseThrow().status());
        capture(database.dataSource(), SampleEvents.accountActivated());
        assertEquals(new OutboxCounts(2, 0, 0), outbox.counts());
    }

    @Test
    void the_apps_migration_creates_the_same_outbox_as_the_adapters_script() throws Exception {
        EmptyDatabase app = empty();
        app.flyway("latest").migrate();
        EmptyDatabase standalone = empty();
        OutboxSchema.migrate(standalone.dataSource());
        Shape byTheApp = shape(app.dataSource());
        Shape byTheAdapter = shape(standalone.dataSource());
        assertEquals(23, byTheApp.columns().size(), byTheApp.columns().toString());
        assertEquals(byTheAdapter.columns(), byTheApp.columns());
        assertEquals(byTheAdapter.primaryKey(), byTheApp.primaryKey());
        assertEquals(byTheAdapter.indexes(), byTheApp.indexes());
        assertEquals(byTheAdapter.checks(), byTheApp.checks());
        assertTrue(byTheApp.checks().toString().contains("RECORD_OUTBOX_STATUS"), byTheApp.checks().toString());
        assertTrue(byTheApp.indexes().toString().contains("RECORD_OUTBOX_DUE 2:NEXT_ATTEMPT_AT"),
                byTheApp.indexes().toString());
    }

    /**
     * What a table is made of, in comparable text: columns (name, type, size, nullability, in order), the primary
     * key, the indexes (name, uniqueness, columns) and the check constraints (name, condition).
     */
    private record Shape(List<String> columns, List<String> primaryKey, TreeSet<String> indexes,
                         TreeSet<String> checks) {
    }

    private static Shape shape(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            String table = stored(meta, "record_outbox");
            List<String> columns = new ArrayList<>();
            try (ResultSet rows = meta.getColumns(null, schema, table, null)) {
                while (rows.next()) {
                    columns.add(rows.getInt("ORDINAL_POSITION") + " "
                            + rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " " + rows.getString("TYPE_NAME")
                            + "(" + rows.getInt("COLUMN_SIZE") + ") "
                            + rows.getString("IS_NULLABLE"));
                }
            }
            List<String> primaryKey = new ArrayList<>();
            try (ResultSet rows = meta.getPrimaryKeys(null, schema, table)) {
                while (rows.next()) {
                    primaryKey.add(rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
            TreeSet<String> indexes = new TreeSet<>();
            try (ResultSet rows = meta.getIndexInfo(null, schema, table, false, false)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    if (name != null && !name.toUpperCase(Locale.ROOT).contains("PRIMARY")
                            && !name.toUpperCase(Locale.ROOT).endsWith("_PKEY")) {
                        indexes.add(name.toUpperCase(Locale.ROOT) + (rows.getBoolean("NON_UNIQUE") ? "" : " unique")
                                + " " + rows.getShort("ORDINAL_POSITION") + ":"
                                + rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                    }
                }
            }
            TreeSet<String> checks = new TreeSet<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT c.constraint_name, c.check_clause"
                    + " FROM information_schema.table_constraints t JOIN information_schema.check_constraints c"
                    + " ON c.constraint_schema = t.constraint_schema AND c.constraint_name = t.constraint_name"
                    + " WHERE t.table_schema = ? AND t.table_name = ? AND t.constraint_type = 'CHECK'")) {
                query.setString(1, schema);
                query.setString(2, table);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String name = rows.getString(1).toUpperCase(Locale.ROOT);
                        if (!name.endsWith("_NOT_NULL")) {
                            checks.add(name + ": " + rows.getString(2));
                        }
                    }
                }
            }
            return new Shape(columns, primaryKey, indexes, checks);
        }
    }

    private static String stored(DatabaseMetaData meta, String name) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static boolean tableExists(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(),
                     stored(connection.getMetaData(), name), new String[] {"TABLE"})) {
            return rows.next();
        }
    }

    private static boolean succeeded(EmptyDatabase database, String version) {
        for (var migration : database.flyway("latest").info().applied()) {
            if (migration.getVersion() != null && migration.getVersion().getVersion().equals(version)) {
                return migration.getState().isApplied() && !migration.getState().isFailed();
            }
        }
        return false;
    }

    private void capture(DataSource dataSource, DomainEvent event) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping.onConnection(connection, clock).capture(event);
            connection.commit();
        }
    }
}
