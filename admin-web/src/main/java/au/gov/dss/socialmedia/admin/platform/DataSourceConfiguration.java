package au.gov.dss.socialmedia.admin.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Its settings come from MicroProfile Config, so that environment variables
 * switch databases without a rebuild: by default an H2 database in a file under {@code smg.data.dir}; with
 * {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD} and {@code DB_DATASOURCE} (for PostgreSQL,
 * {@code org.postgresql.ds.PGSimpleDataSource}) any other.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "${MPCONFIG=db.datasource}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 30)
@ApplicationScoped
public class DataSourceConfiguration {

    /** Where the data source is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/governance";
}
