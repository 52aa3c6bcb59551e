package au.gov.dss.socialmedia.records.bagit;

import au.gov.dss.socialmedia.records.mapping.ContentFile;
import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.mapping.RecordMetadata;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import au.gov.dss.socialmedia.records.target.Receipt;
import au.gov.dss.socialmedia.records.target.RecordTarget;
import au.gov.dss.socialmedia.records.target.TargetException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A BagIt archive (RFC 8493) on the file system: the embedded default target. Idempotent by path: a record's bag
 * lives at {@code <yyyy>/<mm>/<id>} (from the record's date, UTC), so capturing it again finds the bag, checks it
 * and returns its receipt. With {@code durable} on, every file and directory is fsynced before the bag is renamed
 * into place and the parent directory is fsynced after, so a receipt survives a power cut.
 */
public final class BagItArchive implements RecordTarget {

    /** The target name receipts carry. */
    public static final String NAME = "bagit";

    /** The staging directory under the root; bags are written here and renamed into place. */
    public static final String STAGING = ".staging";

    private final Path root;
    private final boolean durable;
    private final String sourceOrganization;
    private final Clock clock;

    /**
     * An archive at the given root.
     *
     * @param root the archive's root directory (created if missing)
     * @param durable whether to fsync every file and directory written
     * @param sourceOrganization the {@code Source-Organization} of the bags
     * @param clock gives the {@code Bagging-Date}
     */
    public BagItArchive(Path root, boolean durable, String sourceOrganization, Clock clock) {
        this.root = Objects.requireNonNull(root, "root must not be null").toAbsolutePath();
        this.durable = durable;
        this.sourceOrganization = Objects.requireNonNull(sourceOrganization, "source organization must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
    }

    /** An archive for the department, durable, on the system clock. */
    public static BagItArchive at(Path root) {
        return new BagItArchive(root, true, "Department of Social Services", Clock.systemUTC());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The archive's root directory. */
    public Path root() {
        return root;
    }

    /** Where the bag of a record is, relative to the root. */
    public static String relativeLocation(RecordMetadata metadata) {
        ZonedDateTime date = metadata.startDate().atZone(ZoneOffset.UTC);
        return String.format("%04d/%02d/%s", date.getYear(), date.getMonthValue(), metadata.identifier());
    }

    @Override
    public Receipt capture(OfficialRecord record) throws TargetException {
        String location = relativeLocation(record.metadata());
        Path bag = root.resolve(location);
        Receipt receipt = new Receipt(NAME, location);
        if (Files.isDirectory(bag)) {
            return alreadyCaptured(record, receipt);
        }
        Path staging = null;
        try {
            Path parent = bag.getParent();
            Files.createDirectories(parent);
            Path stagingRoot = Files.createDirectories(root.resolve(STAGING));
            staging = stagingRoot.resolve(record.id() + "-" + UUID.randomUUID());
            writeBag(staging, record);
            try {
                Files.move(staging, bag, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                deleteTree(staging);
                return alreadyCaptured(record, receipt);
            }
            staging = null;
            if (durable) {
                fsyncDirectory(parent);
                fsyncDirectory(stagingRoot);
            }
            return receipt;
        } catch (AtomicMoveNotSupportedException e) {
            throw new TargetException("BagIt archive " + root + ": the staging directory and the archive must be on"
                    + " one file system (atomic rename not supported)", e);
        } catch (IOException e) {
            throw new TargetException("BagIt archive " + root + " refused record " + record.id() + ": "
                    + describe(e), e);
        } finally {
            if (staging != null) {
                try {
                    deleteTree(staging);
                } catch (IOException ignored) {
                    // Left for removeAbandonedStaging(): it never affects a bag in place.
                }
            }
        }
    }

    private Receipt alreadyCaptured(OfficialRecord record, Receipt receipt) throws TargetException {
        FixityCheck check = verify(receipt, record.primary().sha256());
        if (!check.intact()) {
            throw new TargetException("record " + record.id() + " is already in the BagIt archive at "
                    + receipt.location() + " but that bag fails its fixity check: " + String.join("; ",
                    check.problems()) + " (left untouched for a records officer)");
        }
        return receipt;
    }

    @Override
    public FixityCheck verify(Receipt receipt, String expectedJsonSha256) {
        Path bag = root.resolve(receipt.location());
        List<String> problems = new ArrayList<>(BagVerifier.verify(bag));
        if (problems.isEmpty() && expectedJsonSha256 != null) {
            String id = bag.getFileName().toString();
            Path json = bag.resolve("data").resolve(id + ".json");
            try {
                String actual = BagVerifier.digestOf(json, "SHA-256");
                if (!actual.equals(expectedJsonSha256)) {
                    problems.add("data/" + id + ".json has SHA-256 " + actual + " but the outbox recorded "
                            + expectedJsonSha256);
                }
            } catch (IOException e) {
                problems.add("cannot read data/" + id + ".json: " + describe(e));
            }
        }
        return new FixityCheck(receipt, problems);
    }

    /** Removes staging directories older than the given age: what a crashed writer left behind. */
    public int removeAbandonedStaging(Duration olderThan) throws IOException {
        Path staging = root.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return 0;
        }
        int removed = 0;
        long cutoff = clock.millis() - olderThan.toMillis();
        try (Stream<Path> entries = Files.list(staging)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.getLastModifiedTime(entry).toMillis() < cutoff) {
                    deleteTree(entry);
                    removed++;
                }
            }
        }
        return removed;
    }

    private void writeBag(Path bag, OfficialRecord record) throws IOException {
        Path data = Files.createDirectories(bag.resolve("data"));
        for (ContentFile file : record.content()) {
            write(data.resolve(file.name()), file.bytes());
        }
        write(bag.resolve("bagit.txt"), "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
                .getBytes(StandardCharsets.UTF_8));
        write(bag.resolve("manifest-sha256.txt"), manifest(record.content(), "sha256"));
        write(bag.resolve("manifest-sha512.txt"), manifest(record.content(), "sha512"));
        write(bag.resolve("bag-info.txt"), bagInfo(record).getBytes(StandardCharsets.UTF_8));
        write(bag.resolve(BagVerifier.METADATA_FILE), record.metadataXml().bytes());
        List<String> tagFiles = List.of("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "manifest-sha512.txt",
                BagVerifier.METADATA_FILE);
        write(bag.resolve("tagmanifest-sha256.txt"), tagManifest(bag, tagFiles, "SHA-256"));
        write(bag.resolve("tagmanifest-sha512.txt"), tagManifest(bag, tagFiles, "SHA-512"));
        if (durable) {
            fsyncDirectory(data);
            fsyncDirectory(bag);
        }
    }

    private static byte[] manifest(List<ContentFile> files, String algorithm) {
        StringBuilder out = new StringBuilder();
        for (ContentFile file : files) {
            out.append(algorithm.equals("sha256") ? file.sha256() : file.sha512()).append("  data/")
                    .append(file.name()).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tagManifest(Path bag, List<String> files, String algorithm) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String file : files) {
            out.append(BagVerifier.digestOf(bag.resolve(file), algorithm)).append("  ").append(file).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String bagInfo(OfficialRecord record) {
        RecordMetadata m = record.metadata();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Source-Organization", sourceOrganization);
        info.put("External-Identifier", m.identifier());
        info.put("External-Description", m.name());
        info.put("Bagging-Date", LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString());
        info.put("Payload-Oxum", record.contentBytes() + "." + record.content().size());
        info.put("Bag-Size", humanSize(record.contentBytes()));
        info.put("Record-Type", m.recordType().code());
        info.put("Event-Type", m.eventType());
        info.put("Date-Range", m.startDate() + "/" + m.endDate());
        info.put("Security-Classification", m.marking().classification());
        m.marking().marker().ifPresent(marker -> info.put("Information-Management-Marker", marker));
        info.put("Records-Authority", m.disposal().recordsAuthority());
        info.put("Disposal-Class", m.disposal().classId());
        info.put("Disposal-Action", m.disposal().action());
        info.put("Language", m.language());
        info.put("Metadata-Standard", "AGRkMS 2.2 (" + BagVerifier.METADATA_FILE + ")");
        StringBuilder out = new StringBuilder();
        info.forEach((label, value) -> out.append(label).append(": ")
                .append(value.replaceAll("[\\r\\n]+", " ").strip()).append('\n'));
        return out.toString();
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }

    private void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (durable) {
                channel.force(true);
            }
        }
    }

    /** Fsyncs a directory, so that the names in it survive a crash (Linux and macOS; a no-op where unsupported). */
    static void fsyncDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win")) {
                throw e;
            }
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String describe(IOException e) {
        String kind = e.getClass().getSimpleName();
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + message + ")";
        }
        if (message != null && message.contains("No space left")) {
            return "disk full (" + message + ")";
        }
        return kind + (message == null ? "" : ": " + message);
    }
}
