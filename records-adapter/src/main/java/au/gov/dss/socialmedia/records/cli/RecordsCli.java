package au.gov.dss.socialmedia.records.cli;

import au.gov.dss.socialmedia.records.bagit.BagItArchive;
import au.gov.dss.socialmedia.records.config.RecordsSettings;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.outbox.OutboxCounts;
import au.gov.dss.socialmedia.records.outbox.OutboxEntry;
import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordStatus;
import au.gov.dss.socialmedia.records.outbox.RecordSync;
import au.gov.dss.socialmedia.records.outbox.SyncSummary;
import au.gov.dss.socialmedia.records.outbox.VerifyReport;
import au.gov.dss.socialmedia.records.target.TargetException;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The records adapter's command line.
 * <pre>
 * java -jar records-adapter-cli.jar COMMAND [--key=value | --key value]...
 *
 *   sync      capture pending records; --until-empty waits for leased and backed-off records too
 *             (up to --timeout, default 10m); --loop keeps polling every --interval (5s)
 *   verify    re-check the fixity of every captured record; exit 1 on any mismatch
 *   export    --from 2026-01-01 --to 2026-02-01 --out DIR : re-capture every record of [from, to) into a
 *             BagIt folder, with a progress bar
 *   status    counts, and the failed records with their errors
 *   retry     --id UUID : give a failed record another round of attempts
 *   migrate   create or update the outbox tables of a standalone database (its own history table); the
 *             application's database gets them from admin-web's migrations, and no other command migrates
 *
 * Options (each also a system property or environment variable: records.jdbc.url = RECORDS_JDBC_URL):
 *   --jdbc URL  --user U  --password P          the application's database
 *   --bagit DIR  --fsync true|false               the BagIt archive
 *   --cmis URL  --cmis-user U  --cmis-password P  --cmis-folder /Records   the CMIS repository
 *   --config FILE                                 a properties file with any records.* key
 *   --batch N  --lease 5m  --max-attempts N  --backoff 10s
 * </pre>
 * Exit codes: 0 done; 1 records failed or fixity mismatches; 2 bad usage or configuration; 3 database or target
 * unreachable.
 */
public final class RecordsCli {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("jdbc", "records.jdbc.url"), Map.entry("user", "records.jdbc.user"),
            Map.entry("password", "records.jdbc.password"), Map.entry("bagit", "records.bagit.root"),
            Map.entry("fsync", "records.bagit.fsync"), Map.entry("cmis", "records.cmis.url"),
            Map.entry("cmis-user", "records.cmis.user"), Map.entry("cmis-password", "records.cmis.password"),
            Map.entry("cmis-folder", "records.cmis.folder"), Map.entry("cmis-repository", "records.cmis.repository"),
            Map.entry("batch", "records.sync.batch"), Map.entry("lease", "records.sync.lease"),
            Map.entry("max-attempts", "records.sync.max-attempts"), Map.entry("backoff", "records.sync.backoff"));

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    /** A command line writing to the given streams. */
    public RecordsCli(PrintStream out, PrintStream err, Clock clock) {
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // The connection pool logs through SLF4J (slf4j-simple in the jar, to stderr): its warnings only, unless
        // the operator asks for more with -Dorg.slf4j.simpleLogger.defaultLogLevel=info.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        System.exit(new RecordsCli(System.out, System.err, Clock.systemUTC()).run(args));
    }

    /** Runs a command; returns the exit code. */
    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        Properties options;
        try {
            options = options(args);
        } catch (IllegalArgumentException | IOException e) {
            err.println("records: " + e.getMessage());
            return 2;
        }
        RecordsSettings settings = RecordsSettings.of(options);
        String command = args[0];
        try {
            String url = settings.get("records.jdbc.url").orElseThrow(() -> new IllegalArgumentException(
                    "no database: give --jdbc jdbc:postgresql://host/db (or records.jdbc.url)"));
            DataSource driver;
            try {
                driver = DriverDataSources.forUrl(url, settings.get("records.jdbc.user").orElse(null),
                        settings.get("records.jdbc.password").orElse(null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--jdbc (records.jdbc.url): " + e.getMessage(), e);
            }
            try (HikariDataSource database = ConnectionPool.open(driver)) {
                return run(command, settings, options, database);
            }
        } catch (IllegalArgumentException e) {
            err.println("records: " + e.getMessage());
            return 2;
        } catch (SQLException | IllegalStateException e) {
            err.println("records: database: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            err.println("records: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 3;
        }
    }

    private int run(String command, RecordsSettings settings, Properties options, DataSource database)
            throws SQLException, IOException, InterruptedException {
        if (command.equals("migrate")) {
            OutboxSchema.migrate(database);
            out.println("records outbox schema is up to date");
            return 0;
        }
        if (!OutboxSchema.outboxExists(database)) {
            err.println("records: the database has no record_outbox table. In the application's database admin-web's"
                    + " migrations create it (V13) when the app starts; for a standalone records database run"
                    + " 'migrate' first.");
            return 2;
        }
        RecordOutbox outbox = new RecordOutbox(database, clock);
        return switch (command) {
            case "sync" -> sync(settings, options, database, outbox);
            case "verify" -> verify(settings, options, database);
            case "export" -> export(settings, options, outbox);
            case "status" -> status(outbox);
            case "retry" -> retry(settings, outbox);
            default -> {
                err.println("records: unknown command '" + command + "'");
                usage();
                yield 2;
            }
        };
    }

    private int sync(RecordsSettings settings, Properties options, DataSource database, RecordOutbox outbox)
            throws SQLException, IOException, InterruptedException {
        RecordSync worker = settings.worker(database, clock, options.stringPropertyNames());
        settings.bagIt(clock).ifPresent(archive -> {
            try {
                archive.removeAbandonedStaging(Duration.ofHours(1));
            } catch (IOException e) {
                err.println("records: cannot clean the BagIt staging directory: " + e.getMessage());
            }
        });
        int batch = settings.integer("records.sync.batch", 50);
        boolean loop = options.containsKey("loop");
        boolean untilEmpty = options.containsKey("until-empty");
        Duration interval = settings.duration("interval", Duration.ofSeconds(5));
        Instant deadline = clock.instant().plus(settings.duration("timeout", Duration.ofMinutes(10)));
        int captured = 0;
        int parked = 0;
        while (true) {
            SyncSummary round = worker.syncOnce(batch);
            captured += round.captured();
            parked += round.parked();
            for (SyncSummary.RecordError error : round.errors()) {
                err.println("records: " + error.recordId() + ": " + error.message());
            }
            if (!round.idle()) {
                continue;
            }
            if (loop) {
                Thread.sleep(interval.toMillis());
                continue;
            }
            if (untilEmpty && outbox.counts().pending() > 0 && clock.instant().isBefore(deadline)) {
                Thread.sleep(Math.min(interval.toMillis(), 500));
                continue;
            }
            break;
        }
        OutboxCounts counts = outbox.counts();
        out.println("captured " + captured + ", parked " + parked + "; outbox: " + counts.pending() + " pending, "
                + counts.failed() + " failed, " + counts.captured() + " captured");
        return counts.failed() > 0 || (untilEmpty && counts.pending() > 0) ? 1 : 0;
    }

    private int verify(RecordsSettings settings, Properties options, DataSource database)
            throws SQLException {
        RecordSync worker = settings.worker(database, clock, options.stringPropertyNames());
        RecordOutbox outbox = new RecordOutbox(database, clock);
        ProgressBar bar = new ProgressBar(err, outbox.counts().captured(), "records", System.console() != null);
        VerifyReport report = worker.verifyAll(bar::update);
        for (VerifyReport.Mismatch mismatch : report.mismatches()) {
            out.println("MISMATCH " + mismatch.recordId() + " " + mismatch.check().receipt() + ": "
                    + String.join("; ", mismatch.check().problems()));
        }
        out.println("verified " + report.checked() + " records: " + (report.allIntact() ? "all intact"
                : report.mismatches().size() + " mismatches"));
        return report.allIntact() ? 0 : 1;
    }

    private int export(RecordsSettings settings, Properties options, RecordOutbox outbox) throws SQLException {
        Instant from = day(settings, "from");
        Instant to = day(settings, "to");
        Path folder = Path.of(settings.get("out").orElseThrow(() -> new IllegalArgumentException(
                "export needs --out DIR, the BagIt folder to write")));
        BagItArchive archive = new BagItArchive(folder, Boolean.parseBoolean(settings.get("records.bagit.fsync")
                .orElse("true")), settings.get("records.bagit.organization").orElse("Department of Social Services"),
                clock);
        RecordAssembler assembler = new RecordAssembler(settings.disposalSchedule(options.stringPropertyNames()));
        long total = outbox.countBetween(from, to);
        ProgressBar bar = new ProgressBar(err, total, "records", System.console() != null);
        long[] done = {0};
        List<String> failures = new ArrayList<>();
        bar.update(0);
        outbox.forEachRequestBetween(from, to, request -> {
            try {
                archive.capture(assembler.assemble(request));
            } catch (TargetException e) {
                failures.add(request.recordId() + ": " + e.getMessage());
            }
            bar.update(++done[0]);
        });
        failures.forEach(failure -> out.println("FAILED " + failure));
        out.println("exported " + (done[0] - failures.size()) + " of " + total + " records of [" + from + ", " + to
                + ") to " + folder.toAbsolutePath());
        return failures.isEmpty() ? 0 : 1;
    }

    private int status(RecordOutbox outbox) throws SQLException {
        OutboxCounts counts = outbox.counts();
        out.println("pending " + counts.pending() + ", failed " + counts.failed() + ", captured " + counts.captured());
        for (OutboxEntry entry : outbox.list(RecordStatus.FAILED, 0, 1000)) {
            out.println("FAILED " + entry.recordId() + " " + entry.recordType() + " \"" + entry.title() + "\": "
                    + entry.lastError().orElse(""));
        }
        return counts.failed() > 0 ? 1 : 0;
    }

    private int retry(RecordsSettings settings, RecordOutbox outbox) throws SQLException {
        UUID id = UUID.fromString(settings.get("id").orElseThrow(() -> new IllegalArgumentException(
                "retry needs --id UUID")));
        if (outbox.retry(id)) {
            out.println("record " + id + " is pending again");
            return 0;
        }
        err.println("records: record " + id + " is not a failed record");
        return 1;
    }

    private static Instant day(RecordsSettings settings, String key) {
        String text = settings.get(key).orElseThrow(() -> new IllegalArgumentException("export needs --" + key
                + " YYYY-MM-DD"));
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }

    /** The options: environment, then system properties, then a --config file, then the arguments. */
    static Properties options(String[] args) throws IOException {
        Properties options = new Properties();
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("RECORDS_")) {
                options.setProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'), value);
            }
        });
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("records."))
                .forEach(name -> options.setProperty(name, System.getProperty(name)));
        Properties given = new Properties();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String key = arg.substring(2);
            String value;
            int eq = key.indexOf('=');
            if (eq >= 0) {
                value = key.substring(eq + 1);
                key = key.substring(0, eq);
            } else if (List.of("loop", "until-empty").contains(key)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + key + " needs a value");
            }
            given.setProperty(ALIASES.getOrDefault(key, key), value);
        }
        if (given.containsKey("config")) {
            try (InputStream in = Files.newInputStream(Path.of(given.getProperty("config")))) {
                options.load(in);
            }
        }
        options.putAll(given);
        return options;
    }

    private void usage() {
        err.println("usage: java -jar records-adapter-cli.jar sync|verify|export|status|retry|migrate"
                + " --jdbc URL [--user U --password P] [--bagit DIR] [--cmis URL --cmis-user U --cmis-password P"
                + " --cmis-folder /Records] [--config FILE]\n"
                + "  sync [--until-empty [--timeout 10m] | --loop [--interval 5s]] [--batch 50] [--lease 5m]\n"
                + "  verify\n"
                + "  export --from YYYY-MM-DD --to YYYY-MM-DD --out DIR\n"
                + "  status\n"
                + "  retry --id UUID");
    }
}
