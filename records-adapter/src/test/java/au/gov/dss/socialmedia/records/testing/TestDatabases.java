package au.gov.dss.socialmedia.records.testing;

import au.gov.dss.socialmedia.records.cli.DriverDataSources;
import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Databases for the tests: a fresh in-memory H2 per test, and, when one is configured, a fresh schema in a real
 * PostgreSQL for the crash test and the CLI's tests ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} from the
 * environment, or the system properties {@code records.test.pg.url}, {@code .user}, {@code .password}).
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    /** A new, migrated, in-memory H2 database (H2 2.x, the version Payara bundles), by H2's own data source. */
    public static DataSource h2() {
        DataSource dataSource = DriverDataSources.forUrl("jdbc:h2:mem:records-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        OutboxSchema.migrate(dataSource);
        return dataSource;
    }

    /** The configured PostgreSQL, if any: URL, user, password. */
    public static Optional<String[]> postgresSettings() {
        String url = setting("records.test.pg.url", "DB_URL");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return Optional.empty();
        }
        return Optional.of(new String[] {url, setting("records.test.pg.user", "DB_USER"),
                setting("records.test.pg.password", "DB_PASSWORD")});
    }

    /** The reason PostgreSQL tests are skipped when none is configured. */
    public static final String NO_POSTGRES = "no PostgreSQL configured: set DB_URL=jdbc:postgresql://host:port/db"
            + " (and DB_USER, DB_PASSWORD) or -Drecords.test.pg.url=... to run the PostgreSQL variant";

    /**
     * A database for a test: how a child process or the CLI reaches it, the driver's data source on it, and the
     * statement that throws it away.
     *
     * @param url the JDBC URL
     * @param user the user (never null)
     * @param password the password (never null)
     * @param dataSource the driver's data source
     * @param disposal the statement that drops it
     */
    public record Database(String url, String user, String password, DataSource dataSource, String disposal) {

        /** Throws the database away (drops the PostgreSQL schema, shuts the H2 database down). */
        public void dispose() throws SQLException {
            try (Connection connection = dataSource.getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(disposal);
            }
        }
    }

    /** A new, migrated schema in the configured PostgreSQL. */
    public static Database postgres(String[] settings) throws SQLException {
        Database database = emptyPostgres(settings);
        OutboxSchema.migrate(database.dataSource());
        return database;
    }

    /**
     * A new, empty database (no outbox): a fresh schema in the configured PostgreSQL when there is one, otherwise
     * an in-memory H2 database.
     */
    public static Database empty() throws SQLException {
        Optional<String[]> postgres = postgresSettings();
        if (postgres.isPresent()) {
            return emptyPostgres(postgres.get());
        }
        String url = "jdbc:h2:mem:records-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        return new Database(url, "sa", "", DriverDataSources.forUrl(url, "sa", ""), "SHUTDOWN");
    }

    private static Database emptyPostgres(String[] settings) throws SQLException {
        String schema = "records_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DataSource admin = DriverDataSources.forUrl(settings[0], settings[1], settings[2]);
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = settings[0] + (settings[0].contains("?") ? "&" : "?") + "currentSchema=" + schema;
        String user = settings[1] == null ? "" : settings[1];
        String password = settings[2] == null ? "" : settings[2];
        return new Database(url, user, password, DriverDataSources.forUrl(url, user, password),
                "DROP SCHEMA " + schema + " CASCADE");
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(env);
    }
}
