package au.gov.dss.socialmedia.records.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Applies this module's schema migrations, {@code db/records/V<n>__<description>.sql} on the class path, in
 * order, each once, recording them in {@code records_schema_history}, to a <em>standalone</em> database: the CLI's
 * {@code migrate} and the tests. A built-in runner of twenty lines instead of Flyway: they need nothing more. The
 * application's database is not migrated here: admin-web's own Flyway migration {@code V13__records_outbox.sql}
 * creates the same table there (a test in admin-web compares the two), so that it has one migration history.
 */
public final class OutboxSchema {

    /** The migrations, in the order they apply. Add new ones at the end; never edit an applied one. */
    public static final List<String> MIGRATIONS = List.of("V1__record_outbox.sql");

    private OutboxSchema() {
    }

    /** Applies the migrations not yet applied to the database. */
    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot migrate the records outbox schema: " + e.getMessage(), e);
        }
    }

    /** Applies the migrations not yet applied, on this connection, committing each. */
    public static void migrate(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS records_schema_history (version INTEGER NOT NULL"
                        + " PRIMARY KEY, script VARCHAR(200) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            connection.commit();
            for (String script : MIGRATIONS) {
                int version = Integer.parseInt(script.substring(1, script.indexOf("__")));
                if (applied(connection, version)) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements(read(script))) {
                        statement.execute(sql);
                    }
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO records_schema_history (version, script, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, script);
                    insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                connection.commit();
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** SQL states of "no such table": PostgreSQL's, and H2's (with and without candidates, or none at all). */
    private static final Set<String> NO_SUCH_TABLE = Set.of("42P01", "42S02", "42S03", "42S04");

    /**
     * Whether the database has the outbox table, as its queries will find it (by the connection's search path).
     *
     * @throws SQLException when the database cannot answer for another reason
     */
    public static boolean outboxExists(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM record_outbox WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            if (NO_SUCH_TABLE.contains(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static boolean applied(Connection connection, int version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM records_schema_history WHERE version = ?")) {
            query.setInt(1, version);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The text of a migration script on the class path. */
    public static String read(String script) {
        try (InputStream in = OutboxSchema.class.getResourceAsStream("/db/records/" + script)) {
            if (in == null) {
                throw new IllegalStateException("migration db/records/" + script + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
