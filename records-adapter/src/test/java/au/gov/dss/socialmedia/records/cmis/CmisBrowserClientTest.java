package au.gov.dss.socialmedia.records.cmis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.mapping.DisposalSchedule;
import au.gov.dss.socialmedia.records.mapping.RecordAssembler;
import au.gov.dss.socialmedia.records.mapping.RecordMapper;
import au.gov.dss.socialmedia.records.target.TargetException;
import au.gov.dss.socialmedia.records.testing.SampleEvents;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * What the client makes of answers a CMIS server should never give: each becomes a {@link CmisException} that
 * names the request and what was wrong with the answer (never a stack overflow or a class cast). The server is
 * the JDK's HTTP server answering canned text by path.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CmisBrowserClientTest {

    private static final String INFO = "{\"A1\": {\"repositoryId\": \"A1\", \"repositoryUrl\": \"%1$s/browser/A1\","
            + " \"rootFolderUrl\": \"%1$s/browser/A1/root\"}}";

    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private final HttpServer server;
    private final String base;

    CmisBrowserClientTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String[] answer = answers.getOrDefault(exchange.getRequestURI().getPath(),
                    new String[] {"404", "{\"exception\": \"objectNotFound\", \"message\": \"nothing here\"}"});
            byte[] body = answer[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(Integer.parseInt(answer[0]), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(String path, int status, String body) {
        answers.put(path, new String[] {Integer.toString(status), body});
    }

    private CmisBrowserClient client() {
        return new CmisBrowserClient(new CmisSettings(base + "/browser", Optional.empty(), Optional.empty(),
                Optional.empty(), "/Records", Duration.ofSeconds(5)));
    }

    private CmisException refusalOfLookingUp(String path) {
        return assertThrows(CmisException.class, () -> client().objectByPath(path));
    }

    @Test
    void a_well_formed_exchange_gives_the_object_at_a_path() throws Exception {
        answer("/browser", 200, String.format(INFO, base));
        answer("/browser/A1/root/Records", 200, "{\"succinctProperties\": {\"cmis:objectId\": \"100\"}}");
        assertEquals("100", CmisBrowserClient.objectId(client().objectByPath("/Records").orElseThrow()));
        assertTrue(client().objectByPath("/Elsewhere").isEmpty());
    }

    @Test
    void malformed_repository_info_is_a_cmis_exception_naming_the_request_and_the_fault() {
        answer("/browser", 200, "{\"A1\": {\"repositoryUrl\": \"x\",");
        CmisException refused = refusalOfLookingUp("/Records");
        assertTrue(refused.getMessage().startsWith("CMIS GET /browser answered 200 with malformed JSON at offset 29"
                + " (line 1, column 30): Unexpected end-of-input"),
                refused.getMessage());
        assertEquals(200, refused.status());
    }

    @Test
    void an_answer_nested_a_hundred_thousand_deep_is_a_cmis_exception_not_a_stack_overflow() {
        answer("/browser", 200, String.format(INFO, base));
        answer("/browser/A1/root/Records", 200, "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        CmisException refused = refusalOfLookingUp("/Records");
        assertTrue(refused.getMessage().startsWith("CMIS GET /browser/A1/root/Records answered 200 with malformed"
                + " JSON"), refused.getMessage());
        assertTrue(refused.getMessage().contains("nesting depth (101) exceeds the maximum allowed (100"),
                refused.getMessage());
    }

    @Test
    void a_number_with_a_leading_zero_is_a_cmis_exception() {
        answer("/browser", 200, String.format(INFO, base));
        answer("/browser/A1/root/Records", 200, "{\"succinctProperties\": {\"cmis:contentStreamLength\": 0123}}");
        CmisException refused = refusalOfLookingUp("/Records");
        assertTrue(refused.getMessage().contains("Leading zeroes not allowed"), refused.getMessage());
    }

    @Test
    void repository_info_without_its_root_folder_url_is_a_cmis_exception_naming_what_is_missing() {
        answer("/browser", 200, "{\"A1\": {\"repositoryUrl\": \"" + base + "/browser/A1\", \"rootFolderUrl\": 7}}");
        CmisException refused = refusalOfLookingUp("/Records");
        assertEquals("CMIS GET /browser answered repository info without a rootFolderUrl (a URL string expected,"
                + " found 7)", refused.getMessage());
    }

    @Test
    void an_answer_that_is_not_an_object_is_a_cmis_exception() {
        answer("/browser", 200, "[\"A1\"]");
        CmisException refused = refusalOfLookingUp("/Records");
        assertEquals("CMIS GET /browser answered 200 with expected a JSON object, but the text is an array",
                refused.getMessage());
    }

    @Test
    void an_error_whose_body_is_deeply_nested_json_keeps_its_status_and_the_start_of_the_body() {
        answer("/browser", 500, "[".repeat(100_000));
        CmisException refused = refusalOfLookingUp("/Records");
        assertEquals(500, refused.status());
        assertTrue(refused.transientFailure());
        assertTrue(refused.getMessage().startsWith("CMIS GET /browser answered 500: [[[["), refused.getMessage());
        assertTrue(refused.getMessage().length() < 400, refused.getMessage());
    }

    @Test
    void a_malformed_answer_fails_the_record_with_the_reason_in_its_error() {
        answer("/browser", 200, "{\"A1\": 01}");
        CmisRepositoryTarget target = new CmisRepositoryTarget(new CmisSettings(base + "/browser", Optional.empty(),
                Optional.empty(), Optional.empty(), "/Records", Duration.ofSeconds(5)));
        var record = new RecordAssembler(DisposalSchedule.defaults())
                .assemble(new RecordMapper().map(SampleEvents.accountActivated()).orElseThrow());
        TargetException failed = assertThrows(TargetException.class, () -> target.capture(record));
        assertTrue(failed.getMessage().startsWith("CMIS repository refused record " + record.id()
                + ": CMIS GET /browser answered 200 with malformed JSON"), failed.getMessage());
        assertTrue(failed.getMessage().contains("Leading zeroes not allowed"), failed.getMessage());
    }
}
