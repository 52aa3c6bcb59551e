package au.gov.dss.socialmedia.admin.testing;

import au.gov.dss.socialmedia.records.cli.DriverDataSources;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A real database for tests of the persistence adapters, migrated by the application's own Flyway migrations and
 * used through the application's own persistence unit (outside the container, with local transactions). A fresh
 * in-memory H2 database by default; PostgreSQL when the environment gives {@code DB_URL} (as CI does), in a fresh
 * schema so that tests never see each other's data. {@link #close()} throws the database away: it shuts the H2
 * database down, or drops the PostgreSQL schema.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final String url;
    private final String user;
    private final String password;
    private final String disposal;

    private TestDatabase(String url, String user, String password, String disposal) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.disposal = disposal;
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        properties.put("jakarta.persistence.jdbc.url", url);
        properties.put("jakarta.persistence.jdbc.user", user);
        properties.put("jakarta.persistence.jdbc.password", password);
        properties.put("eclipselink.logging.level", "WARNING");
        factory = Persistence.createEntityManagerFactory("governance", properties);
    }

    /** A fresh, migrated database. */
    public static TestDatabase fresh() {
        String url = System.getenv("DB_URL");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
            String separator = url.contains("?") ? "&" : "?";
            return new TestDatabase(url + separator + "currentSchema=" + schema + "&options=-c%20search_path%3D"
                    + schema, env("DB_USER", "postgres"), env("DB_PASSWORD", ""),
                    "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        return new TestDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY", "sa", "",
                "SHUTDOWN");
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null ? otherwise : value;
    }

    /** The database as a plain data source, for the records outbox and other JDBC users. */
    public DataSource dataSource() {
        return DriverDataSources.forUrl(url, user, password);
    }

    /** Runs the work in one transaction and commits it. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /** Runs the work in one transaction and commits it. */
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** Closes the persistence unit and throws the database away. */
    @Override
    public void close() {
        factory.close();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(disposal);
        } catch (SQLException e) {
            throw new IllegalStateException("could not dispose of the test database: " + disposal, e);
        }
    }
}
