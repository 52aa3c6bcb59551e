package au.gov.dss.socialmedia.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI contract, end to end in-process. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MainTest {

    static final String GOOD = "{\"id\": \"a\", \"channel\": \"OFFICIAL_POST\", \"text\": \"My TFN is 123 456 782\"}";
    static final String CLEAN = "{\"id\": \"b\", \"channel\": \"PUBLIC_COMMENT\", \"text\": \"Thanks for the info\"}";

    private record Run(int status, String out, String err) {
        List<Map<String, Object>> lines() {
            return JsonLines.parse(out);
        }
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        int status = Main.run(args, in, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void screens_each_line_in_order_and_writes_the_contracted_fields() {
        Run run = run(GOOD + "\n" + CLEAN + "\n", "screen");
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> lines = run.lines();
        assertEquals(2, lines.size());
        Map<String, Object> first = lines.get(0);
        assertEquals("a", first.get("id"));
        assertEquals("BLOCK", first.get("outcome"));
        assertEquals("2026.12-1", first.get("policyVersion"));
        Map<String, Object> finding = ((List<Map<String, Object>>) first.get("findings")).get(0);
        assertEquals(Map.of("category", "PERSONAL_DETAILS", "type", "TFN", "severity", "BLOCK", "start", 10L,
                "end", 21L, "rule", "PD-TFN", "clause", "principle.privacy"),
                Map.of("category", finding.get("category"), "type", finding.get("type"), "severity",
                        finding.get("severity"), "start", finding.get("start"), "end", finding.get("end"), "rule",
                        finding.get("rule"), "clause", finding.get("clause")));
        assertTrue(((String) finding.get("advice")).length() > 10);
        assertEquals(Map.of("id", "b", "outcome", "PASS", "policyVersion", "2026.12-1", "findings", List.of()),
                lines.get(1));
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_finding_without_a_type_writes_type_null() {
        Run run = run("{\"id\": \"o\", \"channel\": \"OFFICIAL_POST\", \"text\": \"In my opinion it is fine\"}\n",
                "screen");
        Map<String, Object> finding = ((List<Map<String, Object>>) run.lines().get(0).get("findings")).get(0);
        assertTrue(finding.containsKey("type"));
        assertNull(finding.get("type"));
    }

    @Test
    void a_bad_line_gives_an_error_line_in_its_place_the_rest_are_screened_and_the_status_is_2() {
        String input = String.join("\n", GOOD, "not json", "{\"id\": \"x\", \"channel\": \"OFFICIAL_POST\"}",
                "{\"id\": \"y\", \"channel\": \"TWEET\", \"text\": \"hi\"}",
                "{\"id\": 7, \"channel\": \"OFFICIAL_POST\", \"text\": \"hi\"}",
                "{\"id\": \"z\", \"channel\": \"OFFICIAL_POST\", \"text\": \"hi\", \"media\": [{\"altText\": \"a\"}]}",
                "", "[1, 2]", "{\"id\": \"t\", \"channel\": \"OFFICIAL_POST\", \"text\": \"hi\"} {}", CLEAN) + "\n";
        Run run = run(input, "screen");
        assertEquals(2, run.status());
        List<Map<String, Object>> lines = run.lines();
        assertEquals(10, lines.size());
        assertEquals("a", lines.get(0).get("id"));
        for (int n = 2; n <= 9; n++) {
            Map<String, Object> line = lines.get(n - 1);
            assertEquals((long) n, line.get("line"), line.toString());
            assertTrue(line.get("error") instanceof String && !((String) line.get("error")).isBlank());
            assertEquals(2, line.size());
        }
        assertTrue(((String) lines.get(2).get("error")).contains("\"text\" is missing"));
        assertTrue(((String) lines.get(3).get("error")).contains("channel"));
        assertTrue(((String) lines.get(4).get("error")).contains("\"id\" must be a string"));
        assertTrue(((String) lines.get(5).get("error")).contains("media[0].kind"));
        assertEquals("b", lines.get(9).get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void media_fields_are_screened() {
        Run run = run("{\"id\": \"m\", \"channel\": \"OFFICIAL_POST\", \"text\": \"New photos\", \"media\":"
                + " [{\"kind\": \"IMAGE\", \"rightsCleared\": true}, {\"kind\": \"VIDEO\", \"captioned\": false,"
                + " \"rightsCleared\": true, \"showsBranding\": true, \"brandingApproved\": false}]}\n", "screen");
        List<Map<String, Object>> findings = (List<Map<String, Object>>) run.lines().get(0).get("findings");
        assertEquals(List.of("ACC-ALT-TEXT", "ACC-CAPTIONS", "IP-BRANDING"),
                findings.stream().map(f -> f.get("rule")).sorted().collect(java.util.stream.Collectors.toList()));
        assertEquals("BLOCK", run.lines().get(0).get("outcome"));
    }

    @Test
    void reads_a_file_named_on_the_command_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, CLEAN + "\n" + GOOD);
        Run run = run("", "screen", file.toString());
        assertEquals(0, run.status());
        assertEquals(List.of("b", "a"), run.lines().stream().map(l -> l.get("id"))
                .collect(java.util.stream.Collectors.toList()));
    }

    @Test
    void screens_with_a_rule_set_given_and_as_at_a_date(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules.json");
        Files.writeString(rules, "{\"format\": \"dss-social-media-rule-set/1\", \"version\": \"local-7\","
                + " \"effectiveFrom\": \"2020-01-01\", \"rules\": [{\"id\": \"OFF-T\", \"category\": \"OFFENSIVE\","
                + " \"detector\": \"LEXICON\", \"severity\": \"WARN\", \"clause\": \"principle.respect\","
                + " \"advice\": \"Remove it.\", \"terms\": [\"frob\"]}]}");
        Run run = run("{\"id\": \"f\", \"channel\": \"OFFICIAL_POST\", \"text\": \"frob it\"}\n", "screen",
                "--rules", rules.toString(), "--as-at", "2021-06-30");
        assertEquals(0, run.status(), run.err());
        assertEquals("local-7", run.lines().get(0).get("policyVersion"));
        assertEquals("REVIEW", run.lines().get(0).get("outcome"));

        Run tooEarly = run(CLEAN, "screen", "--rules", rules.toString(), "--as-at", "2019-12-31");
        assertEquals(1, tooEarly.status());
        assertTrue(tooEarly.err().contains("no rule set is in force on 2019-12-31"), tooEarly.err());
    }

    @Test
    void an_unreadable_rule_set_or_bad_arguments_stop_the_command_with_status_1() {
        assertEquals(1, run(CLEAN, "screen", "--rules", "/no/such/file.json").status());
        assertEquals(1, run(CLEAN, "screen", "--as-at", "23/11/2026").status());
        assertEquals(1, run(CLEAN, "screen", "--bogus").status());
        assertEquals(1, run(CLEAN).status());
        assertEquals(1, run(CLEAN, "scream").status());
    }

    @Test
    void bad_lines_among_many_keep_their_numbers_and_places() {
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= 5_000; i++) {
            input.append(i % 997 == 0 ? "oops" : "{\"id\": \"" + i + "\", \"channel\": \"PUBLIC_COMMENT\", \"text\": \"hi\"}")
                    .append(i % 2 == 0 ? "\r\n" : "\n");
        }
        Run run = run(input.toString(), "screen");
        assertEquals(2, run.status());
        List<Map<String, Object>> out = run.lines();
        assertEquals(5_000, out.size());
        for (int i = 1; i <= 5_000; i++) {
            Map<String, Object> line = out.get(i - 1);
            if (i % 997 == 0) {
                assertEquals((long) i, line.get("line"));
            } else {
                assertEquals(String.valueOf(i), line.get("id"));
            }
        }
    }

    @Test
    void help_explains_the_contract() {
        Run run = run("", "--help");
        assertEquals(0, run.status());
        for (String part : List.of("screen [--rules FILE]", "--as-at YYYY-MM-DD", "\"line\": N", "OFFICIAL_POST",
                "PUBLIC_COMMENT", "PERSONAL_POST", "policyVersion", "Exit status", "altText", "captioned",
                "rightsCleared")) {
            assertTrue(run.out().contains(part), part);
        }
    }

    @Test
    void a_large_input_streams_line_by_line() {
        StringBuilder input = new StringBuilder();
        int lines = 20_000;
        for (int i = 0; i < lines; i++) {
            input.append("{\"id\": \"").append(i).append("\", \"channel\": \"PUBLIC_COMMENT\", \"text\": \"comment ")
                    .append(i).append(" what the fuck\"}\n");
        }
        Run run = run(input.toString(), "screen");
        assertEquals(0, run.status());
        List<Map<String, Object>> out = run.lines();
        assertEquals(lines, out.size());
        for (int i = 0; i < lines; i++) {
            assertEquals(String.valueOf(i), out.get(i).get("id"), "screened across cores, written in input order");
        }
        assertEquals("BLOCK", out.get(lines - 1).get("outcome"));
    }
}
