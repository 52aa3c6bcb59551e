package au.gov.dss.socialmedia.records.cli;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Planted for the architecture test: the CLI using the PostgreSQL driver beyond its DataSource. Nothing uses it. */
public final class PlantedCliInsideTheDriver {

    private PlantedCliInsideTheDriver() {
    }

    static int backend(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getBackendPID();
    }
}
