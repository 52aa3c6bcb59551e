package au.gov.dss.socialmedia.records.config;

import au.gov.dss.socialmedia.records.bagit.BagItArchive;
import au.gov.dss.socialmedia.records.cmis.CmisRepositoryTarget;
import au.gov.dss.socialmedia.records.cmis.CmisSettings;
import au.gov.dss.socialmedia.records.mapping.DisposalSchedule;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordSync;
import au.gov.dss.socialmedia.records.outbox.RetryPolicy;
import au.gov.dss.socialmedia.records.target.RecordTarget;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The adapter's settings, by key. Every key is optional except that at least one target must be configured.
 * <pre>
 * records.bagit.root          directory of the BagIt archive (the embedded default target)
 * records.bagit.fsync         true (default) | false: fsync every file and directory written
 * records.bagit.organization  Source-Organization of the bags (Department of Social Services)
 * records.cmis.url            CMIS browser binding URL, e.g. http://host/alfresco/api/-default-/public/cmis/versions/1.1/browser
 * records.cmis.repository     repository id (default: the first the server lists)
 * records.cmis.user, records.cmis.password   basic authentication
 * records.cmis.folder         folder path for records (/Records), created when missing
 * records.cmis.timeout        per request (PT30S)
 * records.sync.batch          records claimed per round (50)
 * records.sync.lease          how long a claim lasts (PT5M)
 * records.sync.max-attempts   attempts before a record is parked (8)
 * records.sync.backoff        delay after the first failure (PT10S), doubling up to records.sync.backoff-max (PT1H)
 * records.disposal.*, records.function*, records.activity*   see DisposalSchedule
 * </pre>
 */
public final class RecordsSettings {

    /** The keys above but the disposal schedule's (see {@link #isKey(String)}). */
    public static final Set<String> KEYS = Set.of("records.bagit.root", "records.bagit.fsync",
            "records.bagit.organization", "records.cmis.url", "records.cmis.repository", "records.cmis.user",
            "records.cmis.password", "records.cmis.folder", "records.cmis.timeout", "records.sync.batch",
            "records.sync.lease", "records.sync.max-attempts", "records.sync.backoff", "records.sync.backoff-max");

    private final Function<String, Optional<String>> lookup;

    /** Settings read through the lookup (for example MicroProfile Config's {@code getOptionalValue}). */
    public RecordsSettings(Function<String, Optional<String>> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup must not be null");
    }

    /** Whether the key is a setting of the adapter: one of {@link #KEYS} or of the disposal schedule. */
    public static boolean isKey(String key) {
        return KEYS.contains(key) || DisposalSchedule.isKey(key);
    }

    /** Settings from properties. */
    public static RecordsSettings of(Properties properties) {
        return new RecordsSettings(key -> Optional.ofNullable(properties.getProperty(key)).filter(v -> !v.isBlank()));
    }

    /** One setting. */
    public Optional<String> get(String key) {
        return lookup.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** A duration setting in ISO-8601 ({@code PT30S}) or short form ({@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms}). */
    public Duration duration(String key, Duration fallback) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return parseDuration(text.get());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be a duration (30s, 5m, 1h, 250ms or PT30S), but is '"
                    + text.get() + "'", e);
        }
    }

    /** An integer setting. */
    public int integer(String key, int fallback) {
        Optional<String> text = get(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, but is '" + text.get() + "'", e);
        }
    }

    /** Parses {@code PT30S}, {@code 30s}, {@code 5m}, {@code 1h} or {@code 250ms}. */
    public static Duration parseDuration(String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (value.startsWith("pt") || value.startsWith("p")) {
            return Duration.parse(text.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.substring(0, value.length() - 1));
        return switch (value.charAt(value.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            case 'd' -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("not a duration: '" + text + "' (use 30s, 5m, 1h or PT30S)");
        };
    }

    /** The disposal schedule from the {@code records.disposal.*}, {@code records.function*} and {@code records.activity*} keys. */
    public DisposalSchedule disposalSchedule(Set<String> knownKeys) {
        Properties properties = new Properties();
        for (String key : new TreeSet<>(knownKeys)) {
            if (key.startsWith("records.disposal.") || key.startsWith("records.function")
                    || key.startsWith("records.activity")) {
                get(key).ifPresent(value -> properties.setProperty(key, value));
            }
        }
        return DisposalSchedule.from(properties);
    }

    /** The BagIt archive, when {@code records.bagit.root} is set. */
    public Optional<BagItArchive> bagIt(Clock clock) {
        return get("records.bagit.root").map(root -> new BagItArchive(Path.of(root),
                Boolean.parseBoolean(get("records.bagit.fsync").orElse("true")),
                get("records.bagit.organization").orElse("Department of Social Services"), clock));
    }

    /** The CMIS repository, when {@code records.cmis.url} is set. */
    public Optional<CmisRepositoryTarget> cmis() {
        return get("records.cmis.url").map(url -> new CmisRepositoryTarget(new CmisSettings(url,
                get("records.cmis.repository"), get("records.cmis.user"), get("records.cmis.password"),
                get("records.cmis.folder").orElse("/Records"),
                duration("records.cmis.timeout", Duration.ofSeconds(30)))));
    }

    /** Every configured target: the BagIt archive first, then the CMIS repository. */
    public List<RecordTarget> targets(Clock clock) {
        List<RecordTarget> targets = new ArrayList<>();
        bagIt(clock).ifPresent(targets::add);
        cmis().ifPresent(targets::add);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no records target configured: set records.bagit.root and/or"
                    + " records.cmis.url");
        }
        return targets;
    }

    /** The retry policy from {@code records.sync.*}. */
    public RetryPolicy retryPolicy() {
        return new RetryPolicy(integer("records.sync.max-attempts", RetryPolicy.DEFAULT.maxAttempts()),
                duration("records.sync.backoff", RetryPolicy.DEFAULT.base()),
                duration("records.sync.backoff-max", RetryPolicy.DEFAULT.max()));
    }

    /** A worker on the database with the configured targets, schedule and policies. */
    public RecordSync worker(DataSource dataSource, Clock clock, Set<String> knownKeys) {
        return new RecordSync(new RecordOutbox(dataSource, clock),
                new RecordAssembler(disposalSchedule(knownKeys)), targets(clock), retryPolicy(),
                duration("records.sync.lease", Duration.ofMinutes(5)), RecordSync.defaultWorkerId(), clock,
                new Random());
    }
}
