package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import au.gov.dss.socialmedia.records.testing.TestDatabases;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConnectionPoolTest {

    @Test
    void the_cli_keeps_its_connection_from_one_use_to_the_next() throws Exception {
        try (HikariDataSource pool = ConnectionPool.open(DriverDataSources.forUrl("jdbc:h2:mem:" + UUID.randomUUID(),
                "sa", ""))) {
            Connection first;
            try (Connection connection = pool.getConnection()) {
                first = connection.unwrap(Connection.class);
            }
            try (Connection connection = pool.getConnection()) {
                assertSame(first, connection.unwrap(Connection.class));
            }
            assertEquals(2, pool.getMaximumPoolSize());
        }
    }

    @Test
    void work_left_uncommitted_when_a_connection_is_given_back_is_rolled_back() throws Exception {
        try (HikariDataSource pool = ConnectionPool.open(DriverDataSources.forUrl("jdbc:h2:mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", ""))) {
            try (Connection connection = pool.getConnection(); var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t (n INT)");
                connection.setAutoCommit(false);
                statement.execute("INSERT INTO t VALUES (1)");
            }
            try (Connection connection = pool.getConnection(); var statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT COUNT(*) FROM t")) {
                assertTrue(connection.getAutoCommit());
                rows.next();
                assertEquals(0, rows.getInt(1));
            }
        }
    }

    @Test
    void a_connection_the_database_dropped_while_the_worker_waited_is_replaced_not_lent() throws Exception {
        Optional<String[]> settings = TestDatabases.postgresSettings();
        assumeTrue(settings.isPresent(), TestDatabases.NO_POSTGRES);
        String[] s = settings.get();
        try (HikariDataSource pool = ConnectionPool.open(DriverDataSources.forUrl(s[0], s[1], s[2]))) {
            List<Integer> backends = new ArrayList<>();
            try (Connection one = pool.getConnection(); Connection two = pool.getConnection()) {
                backends.add(one.unwrap(PGConnection.class).getBackendPID());
                backends.add(two.unwrap(PGConnection.class).getBackendPID());
            }
            // What a database restart does to the pool's idle connections: their server processes end.
            try (Connection admin = DriverDataSources.forUrl(s[0], s[1], s[2]).getConnection();
                 PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
                for (int pid : backends) {
                    terminate.setInt(1, pid);
                    terminate.execute();
                }
            }
            Thread.sleep(1_000);
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
                rows.next();
                assertFalse(backends.contains(rows.getInt(1)), "a dropped connection was lent");
            }
        }
    }

    @Test
    void a_database_that_cannot_be_reached_is_reported_when_the_pool_opens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SQLException refused = assertThrows(SQLException.class, () -> ConnectionPool.open(DriverDataSources.forUrl(
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/app", "app", "")));
        assertTrue(refused.getMessage().startsWith("cannot connect: Connection to 127.0.0.1:" + closedPort
                + " refused"), refused.getMessage());
    }
}
