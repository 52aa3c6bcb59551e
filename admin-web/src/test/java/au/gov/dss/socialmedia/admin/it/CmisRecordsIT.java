package au.gov.dss.socialmedia.admin.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.json.JsonReader;
import au.gov.dss.socialmedia.records.testing.CmisServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * With a CMIS repository configured, a change made in the app is filed there too, within a minute, as documents
 * whose properties carry the record's metadata and whose content is the record, byte for byte.
 * <p>
 * <b>Which app.</b> This test uses the app every integration test shares ({@link RunningApp}), which is started with
 * the CMIS target configured ({@code RECORDS_CMIS_URL}, {@code _USER}, {@code _PASSWORD}, {@code _FOLDER}) beside
 * its BagIt archive, the CMIS server launched while Payara Micro starts. A second app instance just for this test
 * would cost another Payara Micro (about 0.5 GB and 20 to 40 s of a 2-core machine that other builds share) while
 * the first stays up; sharing costs one small Jetty process and makes every journey's records go through CMIS as
 * they would where the department configures it, so the records page's fixity check ({@link RecordsIT}) covers
 * both targets too.
 * <p>
 * <b>Independent of the app.</b> The repository is read through its CMIS browser binding with the JDK's HTTP client,
 * not the records adapter's CMIS client; digests are computed here. The record's place in the repository follows
 * from its bag (the same year/month/id path under the configured folder).
 */
@ExtendWith(AppExtension.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CmisRecordsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void an_authorisation_revoked_in_the_app_appears_in_the_cmis_repository_within_a_minute_with_its_metadata(
            RunningApp app) throws Exception {
        String course = AuthorisationsIT.uniqueCourse();
        String reason = "Left the Housing team (CMIS test " + UUID.randomUUID().toString().substring(0, 8) + ")";
        Instant revokedAfter = AuthorisationsIT.grantAndRevokeKimWalker(app, course, reason);
        Instant deadline = revokedAfter.plus(Duration.ofMinutes(1));
        Path bag = RecordBags.awaitBag(app, revokedAfter, "AuthorisationRevoked", reason);
        String id = RecordBags.recordId(bag);
        String folder = RunningApp.CMIS_FOLDER + "/"
                + RecordBags.archive(app).relativize(bag).toString().replace('\\', '/');

        Map<String, Path> documents = new LinkedHashMap<>();
        documents.put(id + ".json", bag.resolve("data/" + id + ".json"));
        documents.put(id + ".txt", bag.resolve("data/" + id + ".txt"));
        documents.put(id + ".agrkms.xml", bag.resolve("agrkms-metadata.xml"));
        String title = RecordBags.metadata(bag).name();
        assertTrue(title.startsWith("Authorisation revoked: H2101"), title);
        for (Map.Entry<String, Path> document : documents.entrySet()) {
            String path = folder + "/" + document.getKey();
            Map<String, Object> properties = properties(awaitDocument(app.cmis(), path, deadline));
            assertEquals("dss:record", properties.get("cmis:objectTypeId"), path + " " + properties);
            assertEquals(id, properties.get("dss:recordId"), path + " " + properties);
            assertEquals("authorisation-revoked", properties.get("dss:recordType"), path + " " + properties);
            assertEquals("AuthorisationRevoked", properties.get("dss:eventType"), path + " " + properties);
            assertEquals(title, properties.get("dss:title"), path + " " + properties);
            assertEquals(title, properties.get("cmis:description"), path + " " + properties);
            assertEquals("OFFICIAL", properties.get("dss:securityClassification"), path + " " + properties);

            byte[] content = content(app.cmis(), path);
            assertArrayEquals(Files.readAllBytes(document.getValue()), content,
                    path + " holds what the bag holds in " + document.getValue().getFileName());
            assertEquals(sha256(content), properties.get("dss:sha256"),
                    "the fixity property of " + path + " is the SHA-256 of its content");
        }
        String event = new String(content(app.cmis(), folder + "/" + id + ".json"), StandardCharsets.UTF_8);
        assertTrue(event.contains(reason), "the event with its reason: " + event);
    }

    /** The object at the repository path, waiting for it until the deadline. */
    static Map<String, Object> awaitDocument(CmisServer cmis, String path, Instant deadline) throws Exception {
        while (true) {
            Optional<Map<String, Object>> object = object(cmis, path);
            if (object.isPresent()) {
                return object.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no document " + path + " in the CMIS repository at " + cmis.browserUrl()
                        + " within a minute of the change");
            }
            Thread.sleep(1000);
        }
    }

    private static Optional<Map<String, Object>> object(CmisServer cmis, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(get(cmis, path + "?cmisselector=object&succinct=true"),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Optional.of(JsonReader.readObject(response.body()));
    }

    /** The content of the document at the repository path. */
    static byte[] content(CmisServer cmis, String path) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(get(cmis, path + "?cmisselector=content"),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), "content of " + path);
        return response.body();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> object) {
        return (Map<String, Object>) object.get("succinctProperties");
    }

    private static HttpRequest get(CmisServer cmis, String pathAndQuery) {
        String credentials = CmisServer.USER + ":" + CmisServer.PASSWORD;
        return HttpRequest.newBuilder(URI.create(cmis.browserUrl() + "/" + CmisServer.REPOSITORY + "/root"
                        + pathAndQuery))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20)).GET().build();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
