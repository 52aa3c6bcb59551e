package au.gov.dss.socialmedia.records.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.bagit.BagItArchive;
import au.gov.dss.socialmedia.records.outbox.OutboxCounts;
import au.gov.dss.socialmedia.records.outbox.OutboxEntry;
import au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordStatus;
import au.gov.dss.socialmedia.records.testing.Cli;
import au.gov.dss.socialmedia.records.testing.IndependentBagCheck;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The crash scenario, on any database both this JVM and a child can reach: 1,000 records pending; the CLI worker
 * (a child JVM) killed with SIGKILL in the middle of the sync, then started again; every record must end up in the
 * archive exactly once, with valid fixity.
 */
final class SyncCrashScenario {

    static final int RECORDS = 1000;

    private SyncCrashScenario() {
    }

    static void run(DataSource database, String childUrl, String user, String password, Path work) throws Exception {
        Path archive = Files.createDirectories(work.resolve("archive"));
        long start = System.nanoTime();
        Set<String> ids = new HashSet<>();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping keeping = OutboxRecordKeeping.onConnection(connection, Clock.systemUTC());
            for (int i = 0; i < RECORDS; i++) {
                DomainEvent event = SampleEvents.accountActivatedAt(SampleEvents.AT.plusSeconds(i * 60L));
                keeping.capture(event);
                ids.add(event.eventId().toString());
            }
            connection.commit();
        }
        String[] sync = {"sync", "--jdbc", childUrl, "--user", user, "--password", password, "--bagit",
            archive.toString(), "--fsync", "false", "--batch", "10", "--lease", "3s", "--until-empty", "--timeout", "3m",
            "--interval", "200ms"};

        System.out.printf("crash scenario: %d records pending after %d ms%n", RECORDS, (System.nanoTime() - start) / 1_000_000);
        Process first = Cli.start(work, "sync-1", sync);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (bags(archive).size() < RECORDS / 4 && first.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertTrue(first.isAlive(), "the first worker must still be syncing when it is killed: "
                + Files.readString(work.resolve("sync-1.err")));
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL");
        int atCrash = bags(archive).size();
        assertTrue(atCrash < RECORDS, "killed in the middle, with " + atCrash + " bags written");
        RecordOutbox outbox = new RecordOutbox(database, Clock.systemUTC());
        assertTrue(outbox.counts().pending() > 0, "records were still pending when the worker died");

        long restart = System.nanoTime();
        Cli.Result second = Cli.run(work, "sync-2", sync);
        System.out.printf("crash scenario: killed with %d bags; the restarted worker finished in %d ms%n", atCrash,
                (System.nanoTime() - restart) / 1_000_000);
        assertEquals(0, second.exitCode(), second.out() + second.err());

        assertEquals(new OutboxCounts(0, 0, RECORDS), outbox.counts());
        long checks = System.nanoTime();
        List<Path> bags = bags(archive);
        assertEquals(RECORDS, bags.size(), "every record exactly once");
        assertEquals(ids, bags.stream().map(bag -> bag.getFileName().toString()).collect(Collectors.toSet()));
        for (Path bag : bags) {
            assertEquals(IndependentBagCheck.countedOxum(bag), IndependentBagCheck.declaredOxum(bag), bag.toString());
        }
        if (IndependentBagCheck.checksumToolsPresent()) {
            for (String manifest : List.of("manifest-sha256.txt", "tagmanifest-sha256.txt", "manifest-sha512.txt",
                    "tagmanifest-sha512.txt")) {
                String result = IndependentBagCheck.checkAll(archive, bags, manifest);
                assertTrue(result.startsWith("0:"), manifest + " over every bag: " + result);
            }
        }
        for (OutboxEntry entry : outbox.list(RecordStatus.CAPTURED, 0, RECORDS)) {
            assertEquals(1, entry.receipts().size());
            assertEquals("bagit", entry.receipts().get(0).target());
        }
        System.out.printf("crash scenario: bags checked in %d ms%n", (System.nanoTime() - checks) / 1_000_000);
        long verifying = System.nanoTime();
        Cli.Result verify = Cli.run(work, "verify", "verify", "--jdbc", childUrl, "--user", user, "--password",
                password, "--bagit", archive.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("verified " + RECORDS + " records: all intact"), verify.out());
        System.out.printf("crash scenario: CLI verify in %d ms; the whole scenario %d ms%n",
                (System.nanoTime() - verifying) / 1_000_000, (System.nanoTime() - start) / 1_000_000);
    }

    /** The bags in the archive: directories three levels down ({@code yyyy/mm/id}), staging excluded. */
    static List<Path> bags(Path archive) throws IOException {
        try (Stream<Path> walk = Files.walk(archive, 3)) {
            return walk.filter(path -> archive.relativize(path).getNameCount() == 3)
                    .filter(path -> !archive.relativize(path).startsWith(BagItArchive.STAGING))
                    .filter(Files::isDirectory).toList();
        } catch (java.io.UncheckedIOException raced) {
            return bags(archive);
        }
    }
}
