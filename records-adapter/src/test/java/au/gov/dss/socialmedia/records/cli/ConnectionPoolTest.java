package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

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
