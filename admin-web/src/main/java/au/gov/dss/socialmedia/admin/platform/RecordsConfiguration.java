package au.gov.dss.socialmedia.admin.platform;

import au.gov.dss.socialmedia.domain.common.RecordKeeping;
import au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * The domain's {@link RecordKeeping} port, answered by the records adapter's transactional outbox on the app's own
 * data source: inside a use case's JTA transaction the connection enlists, so a committed change always has its
 * record pending, and a rolled-back one has none. Each record is noted against the thing it is about, for that
 * thing's page ({@link SubjectRecordKeeping}).
 */
@ApplicationScoped
public class RecordsConfiguration {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Produces
    @ApplicationScoped
    RecordKeeping recordKeeping(Clock clock) {
        return new SubjectRecordKeeping(OutboxRecordKeeping.onDataSource(dataSource, clock), dataSource);
    }

    /** The outbox as the records page reads it. */
    @Produces
    @Dependent
    RecordOutbox recordOutbox(Clock clock) {
        return new RecordOutbox(dataSource, clock);
    }
}
