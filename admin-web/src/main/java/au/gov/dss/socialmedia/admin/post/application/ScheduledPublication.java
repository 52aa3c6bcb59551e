package au.gov.dss.socialmedia.admin.post.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Publishes approved posts whose scheduled time has come, every {@code posts.schedule.interval} (30 seconds by
 * default), on the server's managed scheduled executor. The schedule lives in the database, so a restart loses
 * nothing: the first round after it publishes what fell due meanwhile. Each post is published in a transaction of
 * its own, for its author, only if every rule still holds; when one does not, the post keeps why and its author sees
 * it on My work. Two instances may run rounds at once: a post changed by one is refused to the other by its version,
 * and a post no longer due is passed over.
 */
@ApplicationScoped
public class ScheduledPublication {

    private static final Logger LOG = Logger.getLogger(ScheduledPublication.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Config config;

    @Inject
    PostQueries queries;

    @Inject
    PostCommands commands;

    private ScheduledFuture<?> schedule;

    /** Starts the rounds when the app has started (the schema migrated by then). */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Duration interval = config.getOptionalValue("posts.schedule.interval", String.class).map(Duration::parse)
                .orElse(Duration.ofSeconds(30));
        schedule = scheduler.scheduleWithFixedDelay(this::publishDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** One round: publishes (or refuses, saying why) every post due now; returns how many were published. */
    public int publishDue() {
        int published = 0;
        try {
            List<String> due = queries.dueForPublication(BATCH);
            for (String postId : due) {
                try {
                    if (commands.publishScheduled(postId)) {
                        published++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A scheduled post could not be published now; it is tried again", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The round of scheduled publication failed; it runs again", e);
        }
        return published;
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }
}
