package au.gov.dss.socialmedia.records.outbox;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} from a JDBC URL, for the CLI and the tests, keeping up to four idle connections for reuse
 * (a worker borrows one for each claim and each mark; opening a connection per call costs more than the work over
 * TCP). A returned connection is rolled back and put back in auto-commit mode. In admin-web use the container's
 * data source instead.
 */
public final class JdbcUrlDataSource implements DataSource {

    private static final int MAX_IDLE = 4;

    private final String url;
    private final Properties properties;
    private final java.util.Deque<Connection> idle = new java.util.ArrayDeque<>();

    /**
     * A data source for the URL, with an optional user and password.
     *
     * @param url the JDBC URL, for example {@code jdbc:postgresql://127.0.0.1:5432/test}
     * @param user the user, or null
     * @param password the password, or null
     */
    public JdbcUrlDataSource(String url, String user, String password) {
        this.url = Objects.requireNonNull(url, "JDBC URL must not be null");
        this.properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
    }

    /** The JDBC URL. */
    public String url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (idle) {
            physical = idle.pollFirst();
        }
        if (physical == null || physical.isClosed()) {
            physical = DriverManager.getConnection(url, properties);
        }
        Connection connection = physical;
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new java.lang.reflect.InvocationHandler() {
                    private boolean closed;

                    @Override
                    public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args)
                            throws Throwable {
                        switch (method.getName()) {
                            case "close":
                                if (!closed) {
                                    closed = true;
                                    giveBack(connection);
                                }
                                return null;
                            case "isClosed":
                                return closed || connection.isClosed();
                            default:
                                if (closed) {
                                    throw new SQLException("connection is closed");
                                }
                                try {
                                    return method.invoke(connection, args);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                        }
                    }
                });
    }

    private void giveBack(Connection connection) {
        try {
            if (connection.isClosed()) {
                return;
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            synchronized (idle) {
                if (idle.size() < MAX_IDLE) {
                    idle.addFirst(connection);
                    return;
                }
            }
            connection.close();
        } catch (SQLException broken) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken: nothing more to do.
            }
        }
    }

    /** Closes the idle connections. */
    public void closeIdle() {
        synchronized (idle) {
            for (Connection connection : idle) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // Closing anyway.
                }
            }
            idle.clear();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // No logging of its own.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
