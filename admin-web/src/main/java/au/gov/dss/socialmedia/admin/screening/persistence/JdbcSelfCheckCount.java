package au.gov.dss.socialmedia.admin.screening.persistence;

import au.gov.dss.socialmedia.admin.platform.DataSourceConfiguration;
import au.gov.dss.socialmedia.admin.screening.application.SelfCheckCount;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;

/**
 * The day's count of self-checks in the table {@code self_check_day}, each statement committed on its own (the
 * caller runs outside any transaction): one more is added in the database ({@code checks = checks + 1}), so that
 * instances counting at the same moment lose nothing; the day's first check inserts the row, and when another
 * instance inserted it first (a unique-key refusal), the count is added to that row instead.
 */
@ApplicationScoped
public class JdbcSelfCheckCount implements SelfCheckCount {

    private static final String ADD = "UPDATE self_check_day SET checks = checks + 1 WHERE checked_on = ?";
    private static final String FIRST = "INSERT INTO self_check_day (checked_on, checks) VALUES (?, 1)";
    private static final String READ = "SELECT checks FROM self_check_day WHERE checked_on = ?";
    /** Tries: add, else insert; if the insert lost the race, add again. */
    private static final int TRIES = 3;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    /** For CDI. */
    protected JdbcSelfCheckCount() {
    }

    /** A count in the database behind the data source (tests). */
    public JdbcSelfCheckCount(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void count(LocalDate day) {
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 1; attempt <= TRIES; attempt++) {
                if (update(connection, ADD, day) == 1) {
                    return;
                }
                try {
                    update(connection, FIRST, day);
                    return;
                } catch (SQLException taken) {
                    if (!isUniqueViolation(taken) || attempt == TRIES) {
                        throw taken;
                    }
                    // Another instance inserted the day's row in between: add to it.
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the self-check was not counted: " + e.getMessage(), e);
        }
    }

    @Override
    public long on(LocalDate day) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement(READ)) {
            read.setDate(1, Date.valueOf(day));
            try (ResultSet rows = read.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the count of self-checks: " + e.getMessage(), e);
        }
    }

    private static int update(Connection connection, String sql, LocalDate day) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(day));
            return statement.executeUpdate();
        }
    }

    /** SQLState class 23 is an integrity constraint violation: on this table, the day's row already there. */
    private static boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
