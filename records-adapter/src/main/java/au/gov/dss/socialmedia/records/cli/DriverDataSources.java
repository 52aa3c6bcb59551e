package au.gov.dss.socialmedia.records.cli;

import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC driver's own {@link DataSource} for a JDBC URL: {@code PGSimpleDataSource} for
 * {@code jdbc:postgresql:}, H2's {@code JdbcDataSource} for {@code jdbc:h2:}. Any other URL is refused with a
 * message that names its scheme (never the rest of the URL, which may carry a password). Each connection is a new
 * physical connection: the CLI puts a pool in front ({@link ConnectionPool}); tests use these directly.
 */
public final class DriverDataSources {

    private static final String EXPECTED = "the records adapter connects to PostgreSQL"
            + " (jdbc:postgresql://host:port/database) or H2 (jdbc:h2:...)";

    private DriverDataSources() {
    }

    /**
     * The driver's data source for the URL.
     *
     * @param url the JDBC URL, for example {@code jdbc:postgresql://127.0.0.1:5432/app}
     * @param user the user, or null to use the URL's (or the driver's default)
     * @param password the password, or null to use the URL's (or none)
     * @throws IllegalArgumentException when the URL is missing, not a JDBC URL, of another database, or one the
     *                                  PostgreSQL driver cannot parse
     */
    public static DataSource forUrl(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no JDBC URL given: " + EXPECTED);
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            try {
                postgres.setURL(url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the PostgreSQL driver cannot read the JDBC URL (expected"
                        + " jdbc:postgresql://host:port/database[?parameters])", e);
            }
            if (user != null) {
                postgres.setUser(user);
            }
            if (password != null) {
                postgres.setPassword(password);
            }
            return postgres;
        }
        if (lower.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url.strip());
            if (user != null) {
                h2.setUser(user);
            }
            if (password != null) {
                h2.setPassword(password);
            }
            return h2;
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + scheme(lower) + "...': " + EXPECTED);
    }

    /** {@code jdbc:mysql:} of {@code jdbc:mysql://...}; the first characters of something that is no JDBC URL. */
    private static String scheme(String url) {
        if (url.startsWith("jdbc:")) {
            int colon = url.indexOf(':', 5);
            return colon > 5 ? url.substring(0, colon + 1) : "jdbc:";
        }
        int colon = url.indexOf(':');
        return colon > 0 && colon <= 12 ? url.substring(0, colon + 1) : url.substring(0, Math.min(url.length(), 5));
    }
}
