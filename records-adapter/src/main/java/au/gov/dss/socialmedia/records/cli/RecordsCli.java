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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
 *   --cmis URL  --cmis-user U  --cmis-password P  --cmis-folder /Records  --cmis-repository ID   the CMIS repository
 *   --config FILE                                 a properties file with any records.* key
 *   --batch N  --lease 5m  --max-attempts N  --backoff 10s
 *   --records.KEY VALUE                           any setting of RecordsSettings or the disposal schedule
 * </pre>
 * An argument that is not one of these options, an option without its value (at the end, or followed by another
 * option: write {@code --password=--x} for a value that begins with {@code --}), a value given to a flag and an
 * option given twice are refused, naming the argument, with the usage: exit 2, like an unknown command.
 * <p>
 * Exit codes: 0 done; 1 records failed or fixity mismatches; 2 bad usage or configuration; 3 database or target
 * unreachable.
 */
public final class RecordsCli {

    /** The commands. */
    static final List<String> COMMANDS = List.of("sync", "verify", "export", "status", "retry", "migrate");

    /** The options that take a value, each with the setting it gives. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("jdbc", "records.jdbc.url"), Map.entry("user", "records.jdbc.user"),
            Map.entry("password", "records.jdbc.password"), Map.entry("bagit", "records.bagit.root"),
            Map.entry("fsync", "records.bagit.fsync"), Map.entry("cmis", "records.cmis.url"),
            Map.entry("cmis-user", "records.cmis.user"), Map.entry("cmis-password", "records.cmis.password"),
            Map.entry("cmis-folder", "records.cmis.folder"), Map.entry("cmis-repository", "records.cmis.repository"),
            Map.entry("batch", "records.sync.batch"), Map.entry("lease", "records.sync.lease"),
            Map.entry("max-attempts", "records.sync.max-attempts"), Map.entry("backoff", "records.sync.backoff"),
            Map.entry("config", "config"), Map.entry("timeout", "timeout"), Map.entry("interval", "interval"),
            Map.entry("from", "from"), Map.entry("to", "to"), Map.entry("out", "out"), Map.entry("id", "id"));

    /** The options that take no value. */
    private static final Set<String> FLAGS = Set.of("loop", "until-empty");

    /** The settings only the CLI reads, which {@code --records.<key>} may also give. */
    private static final Set<String> CLI_KEYS = Set.of("records.jdbc.url", "records.jdbc.user",
            "records.jdbc.password");

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
        if (args.length == 0 || args[0].equals("help") || List.of(args).contains("--help")) {
            usage();
            return args.length == 0 ? 2 : 0;
        }
        String command = args[0];
        if (!COMMANDS.contains(command)) {
            err.println("records: " + (command.startsWith("-") ? "the command comes first, before " + command
                    : "unknown command '" + command + "'"));
            usage();
            return 2;
        }
        Properties options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            err.println("records: " + e.getMessage());
            usage();
            return 2;
        } catch (IOException e) {
            err.println("records: cannot read the --config file: " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
            return 2;
        }
        RecordsSettings settings = RecordsSettings.of(options);
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
            default -> throw new IllegalStateException("command " + command + " is listed but not run");
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
        String text = settings.get("id").orElseThrow(() -> new IllegalArgumentException("retry needs --id UUID"));
        UUID id;
        try {
            id = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--id must be a record's id (a UUID), but is '" + text + "'", e);
        }
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
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--" + key + " must be a day (YYYY-MM-DD) or an instant"
                    + " (2026-11-01T00:00:00Z), but is '" + text + "'", e);
        }
    }

    /**
     * The options: environment, then system properties, then a --config file, then the arguments.
     *
     * @throws IllegalArgumentException naming an argument that is not an option of the CLI, an option without its
     *                                  value, a value given to an option that takes none, or an option given twice
     * @throws IOException when the --config file cannot be read
     */
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
                throw new IllegalArgumentException("unexpected argument '" + arg + "' (options begin with --)");
            }
            int eq = arg.indexOf('=');
            String option = eq >= 0 ? arg.substring(0, eq) : arg;
            String name = option.substring(2);
            String key = settingOf(name);
            if (key == null) {
                throw new IllegalArgumentException("unknown option " + option);
            }
            String value;
            if (FLAGS.contains(name)) {
                if (eq >= 0) {
                    throw new IllegalArgumentException("option " + option + " takes no value, but is given '"
                            + arg.substring(eq + 1) + "'");
                }
                value = "true";
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            } else if (args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("option " + option + " needs a value, but is followed by "
                        + args[i + 1] + " (write " + option + "=VALUE for a value that begins with --)");
            } else {
                value = args[++i];
            }
            if (given.containsKey(key)) {
                throw new IllegalArgumentException("option " + option + " is given twice");
            }
            given.setProperty(key, value);
        }
        if (given.containsKey("config")) {
            try (InputStream in = Files.newInputStream(Path.of(given.getProperty("config")))) {
                options.load(in);
            }
        }
        options.putAll(given);
        return options;
    }

    /** The setting an option gives: a named option's, or {@code records.<key>} for a key of the adapter. */
    private static String settingOf(String name) {
        if (FLAGS.contains(name)) {
            return name;
        }
        if (OPTIONS.containsKey(name)) {
            return OPTIONS.get(name);
        }
        if (RecordsSettings.isKey(name) || CLI_KEYS.contains(name)) {
            return name;
        }
        return null;
    }

    private void usage() {
        err.println("usage: java -jar records-adapter-cli.jar sync|verify|export|status|retry|migrate"
                + " --jdbc URL [--user U --password P] [--bagit DIR [--fsync true|false]]"
                + " [--cmis URL --cmis-user U --cmis-password P --cmis-folder /Records --cmis-repository ID]"
                + " [--config FILE] [--records.<key> VALUE]\n"
                + "  sync [--until-empty [--timeout 10m] | --loop [--interval 5s]] [--batch 50] [--lease 5m]"
                + " [--max-attempts 8] [--backoff 10s]\n"
                + "  verify\n"
                + "  export --from YYYY-MM-DD --to YYYY-MM-DD --out DIR\n"
                + "  status\n"
                + "  retry --id UUID\n"
                + "  migrate            (a standalone records database only)\n"
                + "Options are --name VALUE or --name=VALUE (needed for a value that begins with --).");
    }
}
