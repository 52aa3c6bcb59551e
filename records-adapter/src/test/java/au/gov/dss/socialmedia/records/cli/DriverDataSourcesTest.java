package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DriverDataSourcesTest {

    private static String refusal(String url) {
        return assertThrows(IllegalArgumentException.class, () -> DriverDataSources.forUrl(url, "u", "p"))
                .getMessage();
    }

    @Test
    void a_postgresql_url_gets_the_postgresql_drivers_own_data_source_with_the_user_and_password() {
        DataSource dataSource = DriverDataSources.forUrl("jdbc:postgresql://db.example:5433/app?currentSchema=s",
                "app", "secret");
        PGSimpleDataSource postgres = assertInstanceOf(PGSimpleDataSource.class, dataSource);
        assertEquals("db.example", postgres.getServerNames()[0]);
        assertEquals(5433, postgres.getPortNumbers()[0]);
        assertEquals("app", postgres.getDatabaseName());
        assertEquals("s", postgres.getCurrentSchema());
        assertEquals("app", postgres.getUser());
        assertEquals("secret", postgres.getPassword());
    }

    @Test
    void a_user_in_the_postgresql_url_is_kept_when_none_is_given_apart() {
        PGSimpleDataSource postgres = assertInstanceOf(PGSimpleDataSource.class,
                DriverDataSources.forUrl("jdbc:postgresql://db/app?user=records", null, null));
        assertEquals("records", postgres.getUser());
    }

    @Test
    void an_h2_url_gets_h2s_own_data_source_which_connects() throws Exception {
        DataSource dataSource = DriverDataSources.forUrl("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
        assertInstanceOf(JdbcDataSource.class, dataSource);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT 1")) {
            assertTrue(rows.next());
        }
    }

    @Test
    void a_url_of_another_database_is_refused_naming_its_scheme_but_not_the_rest_which_may_hold_a_password() {
        String refused = refusal("jdbc:mysql://db/app?password=hunter2");
        assertEquals("unsupported JDBC URL 'jdbc:mysql:...': the records adapter connects to PostgreSQL"
                + " (jdbc:postgresql://host:port/database) or H2 (jdbc:h2:...)", refused);
        assertFalse(refused.contains("hunter2"));
    }

    @Test
    void something_that_is_no_jdbc_url_is_refused() {
        assertTrue(refusal("postgres://db/app").startsWith("unsupported JDBC URL 'postgres:...': "),
                refusal("postgres://db/app"));
        assertTrue(refusal("/var/lib/app.db").startsWith("unsupported JDBC URL '/var/...': "),
                refusal("/var/lib/app.db"));
    }

    @Test
    void a_postgresql_url_the_driver_cannot_read_is_refused_saying_what_is_expected() {
        assertEquals("the PostgreSQL driver cannot read the JDBC URL (expected"
                + " jdbc:postgresql://host:port/database[?parameters])", refusal("jdbc:postgresql://[db"));
    }

    @Test
    void no_url_is_refused() {
        assertTrue(refusal(" ").startsWith("no JDBC URL given: "), refusal(" "));
        assertTrue(refusal(null).startsWith("no JDBC URL given: "), refusal(null));
    }
}
