package au.gov.dss.socialmedia.records.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The CLI's connections: HikariCP in front of the driver's own data source ({@link DriverDataSources}). A worker
 * borrows a connection for every claim and every record it marks; a new PostgreSQL connection costs about 8 ms on
 * loopback (more with TLS and SCRAM over a network), against a fraction of a millisecond for the statement, so
 * connections are kept. Two at most: the CLI works on one thread. The pool checks a connection before lending it
 * and replaces old ones, which a {@code sync --loop} running for days needs when the database restarts.
 */
final class ConnectionPool {

    private ConnectionPool() {
    }

    /**
     * Opens a pool on the driver's data source and connects once, so that a wrong address or password is
     * reported now.
     *
     * @throws SQLException when the database cannot be reached or refuses the user
     */
    static HikariDataSource open(DataSource driver) throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setPoolName("records");
        config.setDataSource(driver);
        config.setMaximumPoolSize(2);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SQLException("cannot connect: " + cause.getMessage(), cause);
        }
    }
}
