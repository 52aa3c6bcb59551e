package au.gov.dss.socialmedia.records.outbox;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** Planted for the architecture test: the outbox pooling connections itself (a library). Nothing uses it. */
public final class PlantedOutboxWithAPool {

    private PlantedOutboxWithAPool() {
    }

    static DataSource pooled(DataSource driver) {
        HikariDataSource pool = new HikariDataSource();
        pool.setDataSource(driver);
        return pool;
    }
}
