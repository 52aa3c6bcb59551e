package au.gov.dss.socialmedia.records.bagit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import au.gov.dss.socialmedia.domain.common.DomainEvent;
import au.gov.dss.socialmedia.records.mapping.DisposalSchedule;
import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.mapping.RecordMapper;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import au.gov.dss.socialmedia.records.target.Receipt;
import au.gov.dss.socialmedia.records.target.TargetException;
import au.gov.dss.socialmedia.records.testing.IndependentBagCheck;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BagItArchiveTest {

    @TempDir
    Path root;

    private final RecordMapper mapper = new RecordMapper();
    private final RecordAssembler assembler = new RecordAssembler(DisposalSchedule.defaults());

    private BagItArchive archive() {
        return new BagItArchive(root, true, "Department of Social Services",
                Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));
    }

    private OfficialRecord record(DomainEvent event) {
        return assembler.assemble(mapper.map(event).orElseThrow());
    }

    @Test
    void every_kind_of_record_becomes_a_bag_that_sha256sum_and_sha512sum_accept() throws Exception {
        assumeTrue(IndependentBagCheck.checksumToolsPresent(), "sha256sum/sha512sum (coreutils) are not installed");
        BagItArchive archive = archive();
        for (DomainEvent event : SampleEvents.recordEvents()) {
            Receipt receipt = archive.capture(record(event));
            Path bag = root.resolve(receipt.location());
            IndependentBagCheck.assertValid(bag);
            assertEquals(List.of(), BagVerifier.verify(bag));
        }
    }

    @Test
    void a_bag_holds_the_event_json_the_rendition_the_agrkms_metadata_and_its_key_metadata() throws Exception {
        OfficialRecord record = record(SampleEvents.sanctionImposed());
        Receipt receipt = archive().capture(record);
        String id = record.id();
        assertEquals("bagit", receipt.target());
        assertEquals("2026/11/" + id, receipt.location());
        Path bag = root.resolve(receipt.location());
        assertTrue(Files.exists(bag.resolve("data/" + id + ".json")));
        assertTrue(Files.exists(bag.resolve("data/" + id + ".txt")));
        assertTrue(Files.readString(bag.resolve(BagVerifier.METADATA_FILE)).contains("<SecurityClassification>"
                + "OFFICIAL: Sensitive</SecurityClassification>"));
        String info = Files.readString(bag.resolve("bag-info.txt"));
        assertTrue(info.contains("External-Identifier: " + id + "\n"), info);
        assertTrue(info.contains("Bagging-Date: 2026-11-23\n"), info);
        assertTrue(info.contains("Security-Classification: OFFICIAL: Sensitive\n"), info);
        assertTrue(info.contains("Information-Management-Marker: Personal privacy\n"), info);
        assertTrue(info.contains("Record-Type: conduct-matter-decision\n"), info);
        assertTrue(info.contains("Disposal-Class: UNSENTENCED\n"), info);
        assertEquals(IndependentBagCheck.countedOxum(bag), IndependentBagCheck.declaredOxum(bag));
        assertEquals(record.primary().sha256(), BagVerifier.digestOf(bag.resolve("data/" + id + ".json"), "SHA-256"));
    }

    @Test
    void capturing_a_record_twice_keeps_one_bag_and_gives_the_same_receipt() throws Exception {
        OfficialRecord record = record(SampleEvents.accountActivated());
        Receipt first = archive().capture(record);
        Receipt second = archive().capture(record);
        assertEquals(first, second);
        try (Stream<Path> months = Files.list(root.resolve("2026/11"))) {
            assertEquals(1, months.count());
        }
        try (Stream<Path> staging = Files.list(root.resolve(BagItArchive.STAGING))) {
            assertEquals(0, staging.count(), "nothing is left in staging");
        }
    }

    @Test
    void a_tampered_bag_fails_its_fixity_check_and_says_which_file() throws Exception {
        OfficialRecord record = record(SampleEvents.postPublished());
        BagItArchive archive = archive();
        Receipt receipt = archive.capture(record);
        Path json = root.resolve(receipt.location()).resolve("data/" + record.id() + ".json");
        Files.writeString(json, Files.readString(json).replace("grants", "GRANTS"), StandardCharsets.UTF_8);
        FixityCheck check = archive.verify(receipt, record.primary().sha256());
        assertFalse(check.intact());
        assertTrue(check.problems().stream().anyMatch(p -> p.contains(record.id() + ".json fails its sha256 check")),
                check.problems().toString());
        TargetException refused = assertThrows(TargetException.class, () -> archive.capture(record));
        assertTrue(refused.getMessage().contains("fails its fixity check"), refused.getMessage());
    }

    @Test
    void a_payload_file_added_to_a_bag_breaks_its_payload_oxum_and_manifest_completeness() throws Exception {
        OfficialRecord record = record(SampleEvents.accountSuspended());
        Receipt receipt = archive().capture(record);
        Path bag = root.resolve(receipt.location());
        Files.writeString(bag.resolve("data/extra.txt"), "not part of the record");
        List<String> problems = BagVerifier.verify(bag);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Payload-Oxum")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("data/extra.txt is not listed")), problems.toString());
    }

    @Test
    void an_archive_that_cannot_write_refuses_the_record_with_a_clear_error() throws Exception {
        OfficialRecord record = record(SampleEvents.accountActivated());
        Files.createDirectories(root.resolve("2026"));
        Files.writeString(root.resolve("2026/11"), "a file where the month's directory should be");
        TargetException refused = assertThrows(TargetException.class, () -> archive().capture(record));
        assertTrue(refused.getMessage().startsWith("BagIt archive " + root + " refused record " + record.id()),
                refused.getMessage());
    }

    @Test
    void staging_left_by_a_crashed_writer_is_removed_without_touching_bags() throws Exception {
        BagItArchive archive = archive();
        Receipt receipt = archive.capture(record(SampleEvents.accountActivated()));
        Path abandoned = Files.createDirectories(root.resolve(BagItArchive.STAGING).resolve("crashed/data"));
        Files.setLastModifiedTime(abandoned.getParent(), java.nio.file.attribute.FileTime.from(
                Instant.parse("2026-11-01T00:00:00Z")));
        assertEquals(1, archive.removeAbandonedStaging(java.time.Duration.ofHours(1)));
        assertFalse(Files.exists(abandoned));
        assertTrue(archive.verify(receipt, null).intact());
    }
}
