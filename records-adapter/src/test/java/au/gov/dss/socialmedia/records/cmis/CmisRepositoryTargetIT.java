package au.gov.dss.socialmedia.records.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.mapping.Digests;
import au.gov.dss.socialmedia.records.mapping.DisposalSchedule;
import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.mapping.RecordMapper;
import au.gov.dss.socialmedia.records.outbox.OutboxCounts;
import au.gov.dss.socialmedia.records.outbox.OutboxRecordKeeping;
import au.gov.dss.socialmedia.records.outbox.RecordOutbox;
import au.gov.dss.socialmedia.records.outbox.RecordSync;
import au.gov.dss.socialmedia.records.outbox.RetryPolicy;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import au.gov.dss.socialmedia.records.target.Receipt;
import au.gov.dss.socialmedia.records.target.TargetException;
import au.gov.dss.socialmedia.records.testing.CmisServer;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import au.gov.dss.socialmedia.records.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Against a real CMIS 1.1 server: Apache Chemistry's InMemory server under Jetty, started once for the class. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CmisRepositoryTargetIT {

    private static CmisServer server;

    private final RecordMapper mapper = new RecordMapper();
    private final RecordAssembler assembler = new RecordAssembler(DisposalSchedule.defaults());

    @BeforeAll
    static void startServer() throws Exception {
        server = CmisServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private CmisRepositoryTarget target(String folder) {
        return new CmisRepositoryTarget(new CmisSettings(server.browserUrl(), Optional.empty(), Optional.of("admin"),
                Optional.of("admin"), folder, Duration.ofSeconds(20)));
    }

    private OfficialRecord record(DomainEvent event) {
        return assembler.assemble(mapper.map(event).orElseThrow());
    }

    @Test
    void a_record_is_filed_as_documents_whose_properties_carry_its_metadata_and_whose_content_is_intact()
            throws Exception {
        CmisRepositoryTarget target = target("/Records-" + UUID.randomUUID());
        OfficialRecord record = record(SampleEvents.sanctionImposed());
        Receipt receipt = target.capture(record);
        assertEquals("cmis", receipt.target());
        assertEquals(target.folderOf(record.metadata()), receipt.location());
        Map<String, Object> json = target.client().objectByPath(receipt.location() + "/" + record.id() + ".json")
                .orElseThrow();
        assertEquals("dss:record", CmisBrowserClient.property(json, "cmis:objectTypeId").orElseThrow());
        assertEquals(record.id(), CmisBrowserClient.property(json, "dss:recordId").orElseThrow());
        assertEquals("OFFICIAL: Sensitive", CmisBrowserClient.property(json, "dss:securityClassification")
                .orElseThrow());
        assertEquals("Personal privacy", CmisBrowserClient.property(json, "dss:informationManagementMarker")
                .orElseThrow());
        assertEquals(record.primary().sha256(), CmisBrowserClient.property(json, "dss:sha256").orElseThrow());
        assertEquals(record.metadata().name(), CmisBrowserClient.property(json, "cmis:description").orElseThrow());
        byte[] content = target.client().content(CmisBrowserClient.objectId(json));
        assertEquals(record.primary().sha256(), Digests.sha256Hex(content));
        Map<String, Object> xml = target.client().objectByPath(receipt.location() + "/" + record.id()
                + ".agrkms.xml").orElseThrow();
        assertTrue(new String(target.client().content(CmisBrowserClient.objectId(xml)), StandardCharsets.UTF_8)
                .contains("<SecurityClassification>OFFICIAL: Sensitive</SecurityClassification>"));
        assertTrue(target.verify(receipt, record.primary().sha256()).intact());
    }

    @Test
    void capturing_a_record_again_finds_it_and_makes_no_duplicate() throws Exception {
        String folder = "/Records-" + UUID.randomUUID();
        OfficialRecord record = record(SampleEvents.accountActivated());
        Receipt first = target(folder).capture(record);
        Receipt again = target(folder).capture(record);
        assertEquals(first, again);
        Map<String, Object> children = childrenOf(target(folder), first.location());
        assertEquals(3, ((List<?>) children.get("objects")).size(), children.toString());
    }

    private Map<String, Object> childrenOf(CmisRepositoryTarget target, String path) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.browserUrl()
                + "/A1/root" + path + "?cmisselector=children&succinct=true"))
                .header("Authorization", "Basic YWRtaW46YWRtaW4=").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return au.gov.dss.socialmedia.records.json.JsonReader.readObject(response.body());
    }

    @Test
    void a_document_at_the_records_path_with_other_content_is_refused_not_overwritten() throws Exception {
        CmisRepositoryTarget target = target("/Records-" + UUID.randomUUID());
        OfficialRecord record = record(SampleEvents.accountSuspended());
        String folder = target.folderOf(record.metadata());
        target.capture(record(SampleEvents.accountActivated()));
        target.client().createFolder(folder.substring(0, folder.lastIndexOf('/')), record.id());
        target.client().createDocument(folder, Map.of("cmis:objectTypeId", "cmis:document", "cmis:name",
                record.id() + ".json"), record.id() + ".json", "application/json", "{}".getBytes());
        TargetException refused = assertThrows(TargetException.class, () -> target.capture(record));
        assertTrue(refused.getMessage().contains("left untouched"), refused.getMessage());
        FixityCheck check = target.verify(new Receipt("cmis", folder), record.primary().sha256());
        assertFalse(check.intact());
    }

    @Test
    void a_repository_that_cannot_be_reached_is_reported_as_unavailable() throws Exception {
        CmisRepositoryTarget target = new CmisRepositoryTarget(new CmisSettings("http://127.0.0.1:"
                + CmisServer.freePort() + "/inmemory/browser", Optional.empty(), Optional.empty(), Optional.empty(),
                "/Records", Duration.ofSeconds(2)));
        TargetException failed = assertThrows(TargetException.class,
                () -> target.capture(record(SampleEvents.accountActivated())));
        assertTrue(failed.getMessage().startsWith("CMIS repository unavailable"), failed.getMessage());
    }

    @Test
    void a_folder_the_repository_refuses_gives_a_clear_error_on_the_record_and_the_others_go_on()
            throws Exception {
        DataSource database = TestDatabases.h2();
        DomainEvent good = SampleEvents.accountActivated();
        DomainEvent bad = SampleEvents.accountSuspended();
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            OutboxRecordKeeping keeping = OutboxRecordKeeping.onConnection(connection, Clock.systemUTC());
            keeping.capture(good);
            keeping.capture(bad);
            connection.commit();
        }
        String base = "/Records-" + UUID.randomUUID();
        CmisRepositoryTarget target = target(base);
        OfficialRecord badRecord = record(bad);
        String badFolder = target.folderOf(badRecord.metadata());
        target.capture(record(SampleEvents.accountActivated()));
        String month = badFolder.substring(0, badFolder.lastIndexOf('/'));
        target.client().createDocument(month, Map.of("cmis:objectTypeId", "cmis:document", "cmis:name",
                badRecord.id()), badRecord.id(), "text/plain", "blocks the folder".getBytes());
        RecordSync worker = new RecordSync(new RecordOutbox(database, Clock.systemUTC()), assembler,
                List.of(target), new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                Duration.ofMinutes(1), "w", Clock.systemUTC(), new Random());
        var summary = worker.syncOnce(10);
        assertEquals(1, summary.captured(), summary.toString());
        assertEquals(1, summary.parked());
        assertEquals(new OutboxCounts(0, 1, 1), new RecordOutbox(database, Clock.systemUTC()).counts());
        String error = summary.errors().get(0).message();
        assertTrue(error.startsWith("cmis: CMIS repository refused record " + badRecord.id()), error);
    }
}
