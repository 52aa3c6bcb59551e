package au.gov.dss.socialmedia.admin.platform;

import au.gov.dss.socialmedia.records.config.RecordsSettings;
import au.gov.dss.socialmedia.records.outbox.RecordSync;
import au.gov.dss.socialmedia.records.outbox.SyncSummary;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;

/**
 * Sends pending records to the recordkeeping targets (a BagIt archive under {@code records.bagit.root} by
 * default, and a CMIS repository when {@code records.cmis.url} is set), every {@code records.sync.interval}, on the
 * server's managed scheduled executor. The worker claims records with SKIP LOCKED and a lease, so several app
 * instances can run it at once without sending a record twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordsSynchroniser {

    private static final Logger LOG = Logger.getLogger(RecordsSynchroniser.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Config config;

    @Inject
    Clock clock;

    private RecordSync worker;
    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        RecordsSettings settings = new RecordsSettings(key -> config.getOptionalValue(key, String.class));
        Set<String> keys = new HashSet<>();
        config.getPropertyNames().forEach(keys::add);
        worker = settings.worker(dataSource, clock, keys);
        Duration interval = settings.duration("records.sync.interval", Duration.ofSeconds(15));
        int batch = settings.integer("records.sync.batch", 50);
        schedule = scheduler.scheduleWithFixedDelay(() -> syncNow(batch), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info(() -> "Records sync every " + interval + " to " + settings.targets(clock));
    }

    /** One round: sends what is pending now, for at most a minute. */
    public SyncSummary syncNow(int batch) {
        try {
            SyncSummary summary = worker.syncUntilIdle(batch, Duration.ofMinutes(1));
            if (!summary.toString().isEmpty()) {
                LOG.fine(summary::toString);
            }
            return summary;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Records sync failed; the records stay pending and are retried", e);
            return null;
        }
    }

    /** Re-checks the fixity of one captured record in every target that holds it. */
    public Optional<List<FixityCheck>> verify(UUID recordId) throws SQLException {
        return worker.verify(recordId);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
