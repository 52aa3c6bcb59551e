package au.gov.dss.socialmedia.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.engine.rules.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's engine: the shipped rules plus the rule-set files it is configured with; a bad file is refused
 * with its name, the line at fault and the problem, so that whoever deploys it can fix it.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleSetFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"),
            ZoneId.of("Australia/Sydney"));

    /** A valid rule-set document of one rule, one field a line, in force from 2027-01-01. */
    static String document(String version, String category, String pattern) {
        return String.join("\n",
                "{",
                "  \"format\": \"dss-social-media-rule-set/1\",",
                "  \"version\": \"" + version + "\",",
                "  \"effectiveFrom\": \"2027-01-01\",",
                "  \"rules\": [",
                "    {",
                "      \"id\": \"OFF-LOCAL\",",
                "      \"category\": \"" + category + "\",",
                "      \"detector\": \"" + (pattern == null ? "LEXICON" : "SENTENCE") + "\",",
                "      \"severity\": {\"OFFICIAL_POST\": \"BLOCK\", \"PERSONAL_POST\": \"WARN\"},",
                "      \"clause\": \"principle.respect\",",
                "      \"advice\": \"Remove it.\",",
                "      \"terms\": [\"" + (pattern == null ? "frobnicator" : pattern) + "\"]",
                "    }",
                "  ]",
                "}");
    }

    @Test
    void the_engine_holds_the_shipped_rules_and_each_configured_file_and_screens_with_the_newest_in_force(
            @TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("local.json"), document("2027.01-1", "OFFENSIVE", null));

        ComplianceEngine engine = ComplianceEngine.withDefaultRulesAnd(CLOCK, List.of(file));

        assertEquals(List.of("2026.12-1", "2027.01-1"), engine.history().versions().stream()
                .map(set -> set.version().value()).toList());
        ScreeningResult result = engine.screen(ScreeningRequest.of("What a frobnicator", Channel.OFFICIAL_POST));
        assertEquals("2027.01-1", result.policyVersion().value());
        assertEquals("OFF-LOCAL", result.findings().get(0).ruleId());
    }

    @Test
    void a_field_with_a_wrong_value_is_refused_naming_the_file_its_line_and_the_problem(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), document("2027.01-1", "RUDENESS", null));

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> ComplianceEngine.withDefaultRulesAnd(CLOCK, List.of(file)));

        assertEquals(8, refused.line().orElseThrow());
        assertTrue(refused.getMessage().startsWith(file + ", line 8: rule OFF-LOCAL category \"RUDENESS\""),
                refused.getMessage());
    }

    @Test
    void a_document_that_is_not_json_is_refused_at_the_line_where_it_breaks(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"),
                document("2027.01-1", "OFFENSIVE", null).replace("\"clause\": \"principle.respect\",", "\"clause\" ,"));

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> ComplianceEngine.withDefaultRulesAnd(CLOCK, List.of(file)));

        assertEquals(11, refused.line().orElseThrow(), refused.getMessage());
        assertTrue(refused.getMessage().contains(file + ", line 11: is not valid JSON"), refused.getMessage());
    }

    @Test
    void a_rule_that_fails_to_compile_is_refused_at_the_line_of_the_rule(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("pattern.json"),
                document("2027.01-1", "OFFENSIVE", "<nowhere> frob"));

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> ComplianceEngine.withDefaultRulesAnd(CLOCK, List.of(file)));

        assertEquals(6, refused.line().orElseThrow(), refused.getMessage());
        assertTrue(refused.getMessage().contains("<nowhere>"), refused.getMessage());
        assertTrue(refused.getMessage().startsWith(file + ", line 6: "), refused.getMessage());
    }

    @Test
    void a_file_repeating_the_shipped_version_is_refused_at_the_line_of_its_version(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("again.json"), document("2026.12-1", "OFFENSIVE", null));

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> ComplianceEngine.withDefaultRulesAnd(CLOCK, List.of(file)));

        assertTrue(refused.getMessage().startsWith(file + ", line 3: rule-set version 2026.12-1 is given twice"),
                refused.getMessage());
    }

    @Test
    void a_missing_file_is_refused_naming_it(@TempDir Path dir) {
        Path file = dir.resolve("absent.json");

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> ComplianceEngine.withDefaultRulesAnd(CLOCK, List.of(file)));

        assertTrue(refused.getMessage().startsWith(file + ": cannot be read"), refused.getMessage());
    }
}
