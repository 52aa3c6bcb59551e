package au.gov.dss.socialmedia.records.cmis;

import au.gov.dss.socialmedia.records.bagit.BagItArchive;
import au.gov.dss.socialmedia.records.json.JsonWriter;
import au.gov.dss.socialmedia.records.mapping.ContentFile;
import au.gov.dss.socialmedia.records.mapping.Digests;
import au.gov.dss.socialmedia.records.mapping.OfficialRecord;
import au.gov.dss.socialmedia.records.mapping.RecordMetadata;
import au.gov.dss.socialmedia.records.target.FixityCheck;
import au.gov.dss.socialmedia.records.target.Receipt;
import au.gov.dss.socialmedia.records.target.RecordTarget;
import au.gov.dss.socialmedia.records.target.TargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Captures records into a CMIS 1.1 repository. A record becomes the folder
 * {@code <folder>/<yyyy>/<mm>/<record id>} with three documents: {@code <id>.json} (the event),
 * {@code <id>.txt} (the rendition) and {@code <id>.agrkms.xml} (the metadata). Each document is of the type
 * {@value CmisSettings#RECORD_TYPE} when the repository has it or lets this module create it (CMIS 1.1 type
 * mutability), carrying the key metadata as properties ({@code dss:recordId}, {@code dss:recordType},
 * {@code dss:securityClassification}, {@code dss:disposalClass}, {@code dss:sha256}, ...); otherwise plain
 * {@code cmis:document} with the title as {@code cmis:description}.
 * <p>
 * Idempotent: every folder and document is looked up by path before it is created, and a create that loses a race
 * with another worker is resolved by looking up again. Fixity: the content of every document, found or created,
 * is read back and its SHA-256 compared with the record's; a document at the record's path with other content is
 * refused, never overwritten. The receipt's location is the record's folder path.
 */
public final class CmisRepositoryTarget implements RecordTarget {

    /** The target name receipts carry. */
    public static final String NAME = "cmis";

    private final CmisBrowserClient client;
    private final Set<String> knownFolders = ConcurrentHashMap.newKeySet();
    private volatile Boolean recordTypeAvailable;

    /** A target for the repository the settings name. */
    public CmisRepositoryTarget(CmisSettings settings) {
        this.client = new CmisBrowserClient(settings);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The client, for tests and tools. */
    public CmisBrowserClient client() {
        return client;
    }

    /** The folder path of a record in the repository. */
    public String folderOf(RecordMetadata metadata) {
        return client.settings().folder() + "/" + BagItArchive.relativeLocation(metadata);
    }

    @Override
    public Receipt capture(OfficialRecord record) throws TargetException {
        String folder = folderOf(record.metadata());
        try {
            ensureFolder(folder);
            boolean typed = recordTypeAvailable();
            List<ContentFile> files = new ArrayList<>(record.content());
            files.add(record.metadataXml());
            for (ContentFile file : files) {
                captureDocument(folder, file, record, typed);
            }
            return new Receipt(NAME, folder);
        } catch (CmisException e) {
            throw new TargetException((e.transientFailure() ? "CMIS repository unavailable: "
                    : "CMIS repository refused record " + record.id() + ": ") + e.getMessage(), e);
        }
    }

    private void captureDocument(String folder, ContentFile file, OfficialRecord record, boolean typed)
            throws CmisException, TargetException {
        String path = folder + "/" + file.name();
        Optional<Map<String, Object>> existing = client.objectByPath(path);
        String objectId;
        if (existing.isPresent()) {
            objectId = CmisBrowserClient.objectId(existing.get());
        } else {
            try {
                objectId = CmisBrowserClient.objectId(client.createDocument(folder, properties(file, record, typed),
                        file.name(), file.mediaType(), file.bytes()));
            } catch (CmisException e) {
                if (e.status() != 409) {
                    throw e;
                }
                objectId = CmisBrowserClient.objectId(client.objectByPath(path).orElseThrow(() -> e));
            }
        }
        String stored = Digests.sha256Hex(client.content(objectId));
        if (!stored.equals(file.sha256())) {
            throw new TargetException("CMIS document " + path + " (" + objectId + ") has SHA-256 " + stored
                    + " but record " + record.id() + " needs " + file.sha256() + "; left untouched for a records"
                    + " officer");
        }
    }

    private Map<String, Object> properties(ContentFile file, OfficialRecord record, boolean typed) {
        RecordMetadata m = record.metadata();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("cmis:objectTypeId", typed ? CmisSettings.RECORD_TYPE : "cmis:document");
        properties.put("cmis:name", file.name());
        properties.put("cmis:description", m.name());
        if (typed) {
            properties.put("dss:recordId", m.identifier());
            properties.put("dss:recordType", m.recordType().code());
            properties.put("dss:eventType", m.eventType());
            properties.put("dss:title", m.name());
            properties.put("dss:dateRangeStart", m.startDate().toEpochMilli());
            properties.put("dss:securityClassification", m.marking().classification());
            properties.put("dss:informationManagementMarker", m.marking().marker().orElse(""));
            properties.put("dss:recordsAuthority", m.disposal().recordsAuthority());
            properties.put("dss:disposalClass", m.disposal().classId());
            properties.put("dss:disposalAction", m.disposal().action());
            properties.put("dss:language", m.language());
            properties.put("dss:sha256", file.sha256());
        }
        return properties;
    }

    private void ensureFolder(String path) throws CmisException {
        if (knownFolders.contains(path)) {
            return;
        }
        String parent = "/";
        for (String segment : path.substring(1).split("/")) {
            String current = (parent.equals("/") ? "" : parent) + "/" + segment;
            if (!knownFolders.contains(current) && client.objectByPath(current).isEmpty()) {
                try {
                    client.createFolder(parent, segment);
                } catch (CmisException e) {
                    if (e.status() != 409 || client.objectByPath(current).isEmpty()) {
                        throw e;
                    }
                }
            }
            knownFolders.add(current);
            parent = current;
        }
    }

    private boolean recordTypeAvailable() throws CmisException {
        Boolean available = recordTypeAvailable;
        if (available != null) {
            return available;
        }
        synchronized (this) {
            if (recordTypeAvailable == null) {
                boolean exists = client.typeExists(CmisSettings.RECORD_TYPE);
                if (!exists) {
                    try {
                        client.createType(recordTypeDefinition());
                        exists = true;
                    } catch (CmisException e) {
                        if (e.transientFailure()) {
                            throw e;
                        }
                        exists = client.typeExists(CmisSettings.RECORD_TYPE);
                    }
                }
                recordTypeAvailable = exists;
            }
            return recordTypeAvailable;
        }
    }

    /** The browser-binding JSON definition of the {@value CmisSettings#RECORD_TYPE} document type. */
    static String recordTypeDefinition() {
        StringBuilder properties = new StringBuilder();
        String[][] definitions = {
            {"dss:recordId", "Record id", "id"}, {"dss:recordType", "Record type", "string"},
            {"dss:eventType", "Event type", "string"}, {"dss:title", "Title", "string"},
            {"dss:dateRangeStart", "Date range start", "datetime"},
            {"dss:securityClassification", "Security classification", "string"},
            {"dss:informationManagementMarker", "Information management marker", "string"},
            {"dss:recordsAuthority", "Records authority", "string"}, {"dss:disposalClass", "Disposal class", "string"},
            {"dss:disposalAction", "Disposal action", "string"}, {"dss:language", "Language", "string"},
            {"dss:sha256", "SHA-256", "string"}};
        for (String[] d : definitions) {
            if (properties.length() > 0) {
                properties.append(',');
            }
            String local = d[0].replace(':', '_');
            properties.append(JsonWriter.quote(d[0])).append(":{\"id\":").append(JsonWriter.quote(d[0]))
                    .append(",\"localName\":").append(JsonWriter.quote(local))
                    .append(",\"localNamespace\":\"urn:au:gov:dss:socialmedia:records\",\"displayName\":")
                    .append(JsonWriter.quote(d[1])).append(",\"queryName\":").append(JsonWriter.quote(d[0]))
                    .append(",\"description\":").append(JsonWriter.quote(d[1] + " (AGRkMS)"))
                    .append(",\"propertyType\":").append(JsonWriter.quote(d[2]))
                    .append(",\"cardinality\":\"single\",\"updatability\":\"readwrite\",\"inherited\":false,"
                            + "\"required\":false,\"queryable\":true,\"orderable\":true}");
        }
        return "{\"id\":\"dss:record\",\"localName\":\"record\","
                + "\"localNamespace\":\"urn:au:gov:dss:socialmedia:records\",\"displayName\":\"DSS record\","
                + "\"queryName\":\"dss:record\",\"description\":\"A public record captured from the social media"
                + " governance system, with AGRkMS metadata\",\"baseId\":\"cmis:document\","
                + "\"parentId\":\"cmis:document\",\"creatable\":true,\"fileable\":true,\"queryable\":true,"
                + "\"fulltextIndexed\":false,\"includedInSupertypeQuery\":true,\"controllablePolicy\":false,"
                + "\"controllableACL\":false,\"versionable\":false,\"contentStreamAllowed\":\"allowed\","
                + "\"propertyDefinitions\":{" + properties + "}}";
    }

    @Override
    public FixityCheck verify(Receipt receipt, String expectedJsonSha256) {
        List<String> problems = new ArrayList<>();
        String folder = receipt.location();
        String id = folder.substring(folder.lastIndexOf('/') + 1);
        for (String name : List.of(id + ".json", id + ".txt", id + ".agrkms.xml")) {
            try {
                Optional<Map<String, Object>> document = client.objectByPath(folder + "/" + name);
                if (document.isEmpty()) {
                    problems.add(name + " is missing from " + folder);
                    continue;
                }
                String actual = Digests.sha256Hex(client.content(CmisBrowserClient.objectId(document.get())));
                Optional<Object> recorded = CmisBrowserClient.property(document.get(), "dss:sha256");
                if (recorded.isPresent() && !recorded.get().equals(actual)) {
                    problems.add(name + " has SHA-256 " + actual + " but its dss:sha256 says " + recorded.get());
                }
                if (name.endsWith(".json") && expectedJsonSha256 != null && !actual.equals(expectedJsonSha256)) {
                    problems.add(name + " has SHA-256 " + actual + " but the outbox recorded " + expectedJsonSha256);
                }
            } catch (CmisException e) {
                problems.add("cannot check " + name + ": " + e.getMessage());
            }
        }
        return new FixityCheck(receipt, problems);
    }
}
