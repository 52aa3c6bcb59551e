package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.records.testing.IndependentBagCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The records a journey made, as the app's BagIt archive holds them, read and checked without the app's code: the
 * bag is found by the event's type and time in its payload, its manifests are checked by {@code sha256sum -c} and
 * {@code sha512sum -c}, its Payload-Oxum by counting, and its AGRkMS metadata is read with the JDK's XML parser.
 */
final class RecordBags {

    private static final Pattern OCCURRED_AT = Pattern.compile("\"occurredAt\"\\s*:\\s*\"([^\"]+)\"");
    private static final String AGRKMS = "urn:au:gov:dss:socialmedia:records:agrkms:2.2";

    private RecordBags() {
    }

    /** The BagIt archive of the app. */
    static Path archive(RunningApp app) {
        return app.dataDir().resolve("records/bagit");
    }

    /**
     * Waits until the archive holds a bag of the event type, for an event after the instant whose payload mentions
     * the text, and returns it; fails when none appears within a minute of the instant.
     */
    static Path awaitBag(RunningApp app, Instant after, String eventType, String mentioning) throws Exception {
        Instant deadline = after.plus(Duration.ofMinutes(1));
        while (true) {
            Optional<Path> bag = find(archive(app), after, eventType, mentioning);
            if (bag.isPresent()) {
                return bag.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no bag for " + eventType + " mentioning '" + mentioning + "' after "
                        + after + " under " + archive(app) + " within a minute");
            }
            Thread.sleep(1000);
        }
    }

    /**
     * Asserts the bag is valid by tools other than the app's: every manifest and tag manifest (SHA-256 and
     * SHA-512) checks out with coreutils, and the Payload-Oxum matches the payload counted here.
     */
    static void assertValid(Path bag) throws IOException, InterruptedException {
        IndependentBagCheck.assertValid(bag);
    }

    /** The bag's AGRkMS metadata ({@code agrkms-metadata.xml}). */
    static Metadata metadata(Path bag) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document xml = factory.newDocumentBuilder().parse(bag.resolve("agrkms-metadata.xml").toFile());
        Element root = xml.getDocumentElement();
        assertEquals("Record", root.getLocalName(), "the root element of " + bag);
        assertEquals(AGRKMS, root.getNamespaceURI(), "the namespace of " + bag);
        return new Metadata(root);
    }

    /** The record's id: the name of its bag, which is also the name of its files. */
    static String recordId(Path bag) {
        return bag.getFileName().toString();
    }

    /** The AGRkMS metadata of a record. */
    record Metadata(Element root) {

        /** The text of the first element of the name (for example {@code NameWords}), or "" when missing. */
        String text(String element) {
            NodeList nodes = root.getElementsByTagNameNS(AGRKMS, element);
            return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
        }

        /** The record's title (Name / NameWords). */
        String name() {
            return text("NameWords");
        }

        /** Its security classification. */
        String securityClassification() {
            return text("SecurityClassification");
        }

        /** Its description. */
        String description() {
            return text("Description");
        }

        /** Each related entity as "role: id" (for example "Holder: H2101"). */
        List<String> related() {
            List<String> related = new ArrayList<>();
            NodeList entities = root.getElementsByTagNameNS(AGRKMS, "RelatedEntity");
            for (int i = 0; i < entities.getLength(); i++) {
                Element entity = (Element) entities.item(i);
                related.add(child(entity, "RelationshipRole") + ": " + child(entity, "AssignedEntityID"));
            }
            return related;
        }

        private static String child(Element parent, String name) {
            NodeList nodes = parent.getElementsByTagNameNS(AGRKMS, name);
            return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
        }

        @Override
        public String toString() {
            return "name '" + name() + "', classification '" + securityClassification() + "', related " + related()
                    + ", description '" + description() + "'";
        }
    }

    /** The finished bag of the first record of the event type after the instant whose payload mentions the text. */
    private static Optional<Path> find(Path root, Instant after, String eventType, String mentioning)
            throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            // Bags are written under .staging and then renamed into place: only look at finished bags.
            return files.filter(path -> path.toString().endsWith(".json") && path.getParent().endsWith("data")
                            && !path.toString().contains("/.staging/"))
                    .filter(path -> {
                        try {
                            String json = Files.readString(path);
                            Matcher at = OCCURRED_AT.matcher(json);
                            return json.contains("\"" + eventType + "\"") && json.contains(mentioning) && at.find()
                                    && Instant.parse(at.group(1)).isAfter(after);
                        } catch (IOException e) {
                            return false; // renamed away meanwhile
                        }
                    })
                    .map(path -> path.getParent().getParent()).findFirst();
        } catch (java.io.UncheckedIOException renamedWhileWalking) {
            return Optional.empty(); // a staging folder went away under the walk: look again
        }
    }
}
