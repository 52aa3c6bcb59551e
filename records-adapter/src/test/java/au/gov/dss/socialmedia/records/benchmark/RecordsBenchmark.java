package au.gov.dss.socialmedia.records.benchmark;

import au.gov.dss.socialmedia.records.bagit.BagItArchive;
import au.gov.dss.socialmedia.records.cmis.CmisBrowserClient;
import au.gov.dss.socialmedia.records.cmis.CmisRepositoryTarget;
import au.gov.dss.socialmedia.records.cmis.CmisSettings;
import au.gov.dss.socialmedia.records.mapping.ContentFile;
import au.gov.dss.socialmedia.records.mapping.DisposalSchedule;
import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.mapping.RecordMapper;
import au.gov.dss.socialmedia.records.testing.CmisServer;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Records per second into the BagIt archive and the CMIS server, each against a baseline measured in the same run:
 * plain file writes of the same bytes with the same fsync policy; raw HTTP POSTs of the same documents to the same
 * server. Run: {@code mvn -pl records-adapter -am verify -Pbenchmark}; figures go to standard output and
 * {@code target/benchmark.txt}.
 */
class RecordsBenchmark {

    private static final int BAGIT_RECORDS = Integer.getInteger("records.bench.bagit", 400);
    private static final int CMIS_RECORDS = Integer.getInteger("records.bench.cmis", 150);

    private final StringBuilder report = new StringBuilder();

    private static List<OfficialRecord> records(int n) {
        RecordMapper mapper = new RecordMapper();
        RecordAssembler assembler = new RecordAssembler(DisposalSchedule.defaults());
        List<OfficialRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var event = i % 2 == 0 ? SampleEvents.accountActivatedAt(SampleEvents.AT.plusSeconds(i))
                    : SampleEvents.postPublished();
            records.add(assembler.assemble(mapper.map(event).orElseThrow()));
        }
        return records;
    }

    @Test
    void records_per_second_against_baselines() throws Exception {
        Path work = Files.createTempDirectory("records-bench");
        List<OfficialRecord> warm = records(200);
        bagIt(work.resolve("warm"), warm, false);
        baseline(work.resolve("warm-base"), warm, false);
        for (boolean fsync : new boolean[] {true, false}) {
            List<OfficialRecord> records = records(BAGIT_RECORDS);
            double bag = bagIt(work.resolve("bag-" + fsync), records, fsync);
            double plain = baseline(work.resolve("plain-" + fsync), records, fsync);
            line(String.format("BagIt archive, fsync=%s: %.0f records/s; plain file writes of the same bytes: %.0f"
                    + " records/s; ratio %.2f", fsync, bag, plain, bag / plain));
        }
        try (CmisServer server = CmisServer.start()) {
            CmisSettings settings = new CmisSettings(server.browserUrl(), Optional.empty(), Optional.of("admin"),
                    Optional.of("admin"), "/Bench", Duration.ofSeconds(30));
            cmis(new CmisRepositoryTarget(settings), records(30));
            rawPosts(new CmisBrowserClient(settings), records(30), "/warm-raw");
            List<OfficialRecord> records = records(CMIS_RECORDS);
            double target = cmis(new CmisRepositoryTarget(new CmisSettings(server.browserUrl(), Optional.empty(),
                    Optional.of("admin"), Optional.of("admin"), "/Records", Duration.ofSeconds(30))), records);
            double raw = rawPosts(new CmisBrowserClient(settings), records, "/raw");
            line(String.format("CMIS InMemory server: %.0f records/s (folder + 3 documents, looked up first, read"
                    + " back); raw POSTs of the same 3 documents: %.0f records/s; ratio %.2f", target, raw,
                    target / raw));
        }
        Files.writeString(Path.of(System.getProperty("records.build.dir", "target"), "benchmark.txt"), report);
    }

    private void line(String text) {
        System.out.println("BENCHMARK " + text);
        report.append(text).append('\n');
    }

    private static double bagIt(Path root, List<OfficialRecord> records, boolean fsync) throws Exception {
        BagItArchive archive = new BagItArchive(root, fsync, "DSS", Clock.systemUTC());
        long start = System.nanoTime();
        for (OfficialRecord record : records) {
            archive.capture(record);
        }
        return records.size() / ((System.nanoTime() - start) / 1e9);
    }

    /** The same files a bag has (payload, bagit.txt, manifests, bag-info, metadata, tag manifests), written plainly. */
    private static double baseline(Path root, List<OfficialRecord> records, boolean fsync) throws Exception {
        List<List<byte[]>> files = new ArrayList<>();
        for (OfficialRecord record : records) {
            List<byte[]> bytes = new ArrayList<>();
            record.content().forEach(file -> bytes.add(file.bytes()));
            bytes.add("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 5; i++) {
                bytes.add(new byte[200]);
            }
            bytes.add(record.metadataXml().bytes());
            files.add(bytes);
        }
        Files.createDirectories(root);
        long start = System.nanoTime();
        int n = 0;
        for (List<byte[]> record : files) {
            Path dir = Files.createDirectories(root.resolve(Integer.toString(n++)));
            int f = 0;
            for (byte[] bytes : record) {
                try (FileChannel channel = FileChannel.open(dir.resolve("f" + f++), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(bytes));
                    if (fsync) {
                        channel.force(true);
                    }
                }
            }
            if (fsync) {
                try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                    channel.force(true);
                }
            }
        }
        return records.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double cmis(CmisRepositoryTarget target, List<OfficialRecord> records) throws Exception {
        long start = System.nanoTime();
        for (OfficialRecord record : records) {
            target.capture(record);
        }
        return records.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static double rawPosts(CmisBrowserClient client, List<OfficialRecord> records, String folder)
            throws Exception {
        String name = folder.substring(1) + "-" + UUID.randomUUID();
        client.createFolder("/", name);
        long start = System.nanoTime();
        for (OfficialRecord record : records) {
            List<ContentFile> files = new ArrayList<>(record.content());
            files.add(record.metadataXml());
            for (ContentFile file : files) {
                client.createDocument("/" + name, Map.of("cmis:objectTypeId", "cmis:document", "cmis:name",
                        file.name()), file.name(), file.mediaType(), file.bytes());
            }
        }
        return records.size() / ((System.nanoTime() - start) / 1e9);
    }
}
