package au.gov.dss.socialmedia.records.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.cmis.CmisBrowserClient;
import au.gov.dss.socialmedia.records.cmis.CmisSettings;
import au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping;
import au.gov.dss.socialmedia.records.outbox.OutboxSchema;
import au.gov.dss.socialmedia.records.testing.Cli;
import au.gov.dss.socialmedia.records.testing.CmisServer;
import au.gov.dss.socialmedia.records.testing.IndependentBagCheck;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI jar as an operator runs it, against an H2 database the test shares and a real CMIS server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsCliIT {

    private static CmisServer cmis;

    @TempDir
    Path work;

    private String url;
    private DataSource database;
    private Connection hostsTheDatabase;

    @BeforeAll
    static void startCmis() throws Exception {
        cmis = CmisServer.start();
    }

    @AfterAll
    static void stopCmis() {
        if (cmis != null) {
            cmis.close();
        }
    }

    @BeforeEach
    void database() throws Exception {
        url = "jdbc:h2:file:" + work.resolve("app").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        database = DriverDataSources.forUrl(url, "sa", "");
        hostsTheDatabase = database.getConnection();
        OutboxSchema.migrate(hostsTheDatabase);
    }

    @AfterEach
    void close() throws Exception {
        // Shut H2 down synchronously, so that no database file is still being written while JUnit deletes the
        // temporary folder (a race that made the folder's deletion fail now and then).
        try (var statement = hostsTheDatabase.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        hostsTheDatabase.close();
    }

    private void committed(DomainEvent... events) throws Exception {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping keeping = OutboxRecordKeeping.onConnection(connection, Clock.systemUTC());
            for (DomainEvent event : events) {
                keeping.capture(event);
            }
            connection.commit();
        }
    }

    private String[] with(String command, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--jdbc", url, "--user", "sa",
                "--password=", "--bagit", work.resolve("archive").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void changes_made_in_the_app_appear_as_valid_bags_and_in_the_cmis_server_with_their_metadata_within_a_minute()
            throws Exception {
        DomainEvent approved = SampleEvents.initiativeApproved();
        DomainEvent activated = SampleEvents.accountActivated();
        DomainEvent revoked = SampleEvents.authorisationRevoked();
        DomainEvent published = SampleEvents.postPublished();
        committed(approved, activated, revoked, published);
        Instant start = Instant.now();
        Cli.Result sync = Cli.run(work, "sync", with("sync", "--cmis", cmis.browserUrl(), "--cmis-user", "admin",
                "--cmis-password", "admin", "--cmis-folder", "/Records"));
        assertEquals(0, sync.exitCode(), sync.out() + sync.err());
        assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofMinutes(1)) < 0);
        assertTrue(sync.out().startsWith("captured 4, parked 0; outbox: 0 pending, 0 failed, 4 captured"), sync.out());
        CmisBrowserClient client = new CmisBrowserClient(new CmisSettings(cmis.browserUrl(), Optional.empty(),
                Optional.of("admin"), Optional.of("admin"), "/Records", Duration.ofSeconds(10)));
        for (DomainEvent event : List.of(approved, activated, revoked, published)) {
            String id = event.eventId().toString();
            Path bag = work.resolve("archive/2026/11/" + id);
            IndependentBagCheck.assertValid(bag);
            assertTrue(Files.readString(bag.resolve("bag-info.txt")).contains("External-Identifier: " + id));
            var document = client.objectByPath("/Records/2026/11/" + id + "/" + id + ".json").orElseThrow();
            assertEquals(id, CmisBrowserClient.property(document, "dss:recordId").orElseThrow());
        }
        Cli.Result verify = Cli.run(work, "verify", with("verify", "--cmis", cmis.browserUrl(), "--cmis-user",
                "admin", "--cmis-password", "admin", "--cmis-folder", "/Records"));
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("verified 4 records: all intact"), verify.out());
    }

    @Test
    void verify_reports_a_bag_whose_content_changed_and_fails() throws Exception {
        DomainEvent event = SampleEvents.accountSuspended();
        committed(event);
        assertEquals(0, Cli.run(work, "sync", with("sync")).exitCode());
        Path json = work.resolve("archive/2026/11/" + event.eventId() + "/data/" + event.eventId() + ".json");
        Files.writeString(json, Files.readString(json).replace("Compromised", "Changed"));
        Cli.Result verify = Cli.run(work, "verify", with("verify"));
        assertEquals(1, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("MISMATCH " + event.eventId() + " bagit=2026/11/" + event.eventId()),
                verify.out());
        assertTrue(verify.out().contains("fails its sha256 check"), verify.out());
    }

    @Test
    void export_recaptures_the_records_of_a_period_into_a_bagit_folder_with_a_progress_bar() throws Exception {
        committed(SampleEvents.accountActivatedAt(Instant.parse("2026-10-31T23:59:59Z")),
                SampleEvents.accountActivatedAt(Instant.parse("2026-11-01T00:00:00Z")),
                SampleEvents.accountActivatedAt(Instant.parse("2026-11-15T12:00:00Z")),
                SampleEvents.accountActivatedAt(Instant.parse("2026-12-01T00:00:00Z")));
        Path out = work.resolve("export");
        Cli.Result export = Cli.run(work, "export", with("export", "--from", "2026-11-01", "--to", "2026-12-01",
                "--out", out.toString()));
        assertEquals(0, export.exitCode(), export.out() + export.err());
        assertTrue(export.out().contains("exported 2 of 2 records"), export.out());
        assertTrue(export.err().contains("100% 2/2 records"), export.err());
        try (Stream<Path> bags = Files.list(out.resolve("2026/11"))) {
            for (Path bag : bags.toList()) {
                IndependentBagCheck.assertValid(bag);
            }
        }
        try (Stream<Path> bags = Files.list(out.resolve("2026/11"))) {
            assertEquals(2, bags.count());
        }
    }

    @Test
    void a_record_the_archive_refuses_is_listed_with_its_error_and_a_retry_captures_it() throws Exception {
        DomainEvent december = SampleEvents.accountActivatedAt(Instant.parse("2026-12-02T00:00:00Z"));
        committed(december, SampleEvents.accountActivated());
        Path blocked = work.resolve("archive/2026/12");
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "not a directory");
        Cli.Result sync = Cli.run(work, "sync", with("sync", "--max-attempts", "1"));
        assertEquals(1, sync.exitCode(), sync.out() + sync.err());
        assertTrue(sync.err().contains(december.eventId() + ": bagit: BagIt archive"), sync.err());
        Cli.Result status = Cli.run(work, "status", with("status"));
        assertTrue(status.out().startsWith("pending 0, failed 1, captured 1"), status.out());
        assertTrue(status.out().contains("FAILED " + december.eventId() + " account-activated"), status.out());
        Files.delete(blocked);
        assertEquals(0, Cli.run(work, "retry", with("retry", "--id", december.eventId().toString())).exitCode());
        assertEquals(0, Cli.run(work, "sync2", with("sync", "--max-attempts", "1")).exitCode());
        IndependentBagCheck.assertValid(work.resolve("archive/2026/12/" + december.eventId()));
    }

    @Test
    void a_command_without_a_database_is_a_usage_error() throws Exception {
        Cli.Result result = Cli.run(work, "bad", "sync", "--bagit", work.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("no database"), result.err());
    }
}
