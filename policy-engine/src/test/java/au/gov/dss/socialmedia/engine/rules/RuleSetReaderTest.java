package au.gov.dss.socialmedia.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleSetReaderTest {

    static final String MINIMAL = "{\"format\": \"dss-social-media-rule-set/1\", \"version\": \"t-1\","
            + " \"effectiveFrom\": \"2026-01-01\", \"rules\": [%s]}";
    static final String RULE = "{\"id\": \"OFF-T\", \"category\": \"OFFENSIVE\", \"detector\": \"LEXICON\","
            + " \"severity\": {\"OFFICIAL_POST\": \"BLOCK\", \"PERSONAL_POST\": \"WARN\"},"
            + " \"clause\": \"principle.respect\", \"advice\": \"Remove it.\", \"terms\": [\"frob\"]}";

    private static RuleSet read(String json) {
        return RuleSetReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                name -> {
                    throw new IOException("no lexicons here");
                }, "test");
    }

    @Test
    void the_shipped_rule_set_has_a_version_an_effective_date_and_a_rule_for_every_text_category() {
        RuleSet defaults = RuleSet.defaults();
        assertEquals("2026.12-1", defaults.version().value());
        assertEquals(LocalDate.of(2014, 12, 1), defaults.effectiveFrom());
        Set<Category> categories = new HashSet<>();
        defaults.rules().forEach(rule -> categories.add(rule.category()));
        assertEquals(new HashSet<>(Arrays.asList(Category.values())), categories);
        assertEquals(5, defaults.reflectionQuestions().size());
        assertTrue(defaults.official().emailDomains().contains("dss.gov.au"));
    }

    @Test
    void the_shipped_rule_set_takes_its_community_lexicon_terms_and_exceptions() {
        RuleSet defaults = RuleSet.defaults();
        Rule severe = defaults.rule("OFF-COMMUNITY-SEVERE").orElseThrow();
        assertTrue(severe.terms().contains(new Term("cunt", "PROFANITY")), "cunt");
        assertTrue(severe.terms().stream().noneMatch(t -> t.text().equals("rape")), "excluded ids are left out");
        assertTrue(defaults.allow().contains("coon hound"), "exceptions become allowed phrases");
    }

    @Test
    void reads_a_minimal_document_with_per_channel_values() {
        RuleSet set = read(String.format(MINIMAL, RULE));
        Rule rule = set.rule("OFF-T").orElseThrow();
        assertEquals(Severity.BLOCK, rule.severityOn(Channel.OFFICIAL_POST).orElseThrow());
        assertTrue(rule.severityOn(Channel.PUBLIC_COMMENT).isEmpty());
        assertEquals(PolicyClause.PRINCIPLE_RESPECT, rule.clauseOn(Channel.PERSONAL_POST));
        assertEquals("Remove it.", rule.adviceOn(Channel.OFFICIAL_POST));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"clause\": \"principle.respect\"|\"clause\": \"no.such.clause\"|no policy clause",
            "\"detector\": \"LEXICON\"|\"detector\": \"GUESS\"|detector",
            "\"terms\": [\"frob\"]|\"terms\": [\"frob\"], \"colour\": 1|unknown field \"colour\"",
            "\"PERSONAL_POST\": \"WARN\"|\"PERSONAL_POST\": \"BLOCK\"|would block a personal post",
            "\"terms\": [\"frob\"]|\"terms\": []|needs terms",
            "\"advice\": \"Remove it.\"|\"advice\": {\"PUBLIC_COMMENT\": \"x\"}|gives no advice for OFFICIAL_POST"})
    void refuses_an_invalid_rule_naming_what_is_wrong(String from, String to, String message) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> read(String.format(MINIMAL, RULE.replace(from, to))));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void refuses_two_rules_with_one_id_a_wrong_format_and_a_bad_date() {
        assertThrows(RuleSetException.class, () -> read(String.format(MINIMAL, RULE + "," + RULE)));
        assertThrows(RuleSetException.class, () -> read(String.format(MINIMAL, RULE).replace("/1", "/9")));
        assertThrows(RuleSetException.class, () -> read(String.format(MINIMAL, RULE).replace("2026-01-01", "soon")));
        assertThrows(RuleSetException.class, () -> read("{not json"));
    }

    @Test
    void reads_a_community_lexicon_named_relative_to_the_rule_set_file(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.json"), "[{\"id\": \"frob\", \"match\": \"fro*b|frobs\","
                + " \"tags\": [\"racial\"], \"severity\": 3, \"exceptions\": [\"* knob\"]},"
                + " {\"id\": \"mild\", \"match\": \"meh\", \"tags\": [], \"severity\": 1}]");
        String rule = "{\"id\": \"OFF-C\", \"category\": \"OFFENSIVE\", \"detector\": \"LEXICON\","
                + " \"severity\": \"WARN\", \"clause\": \"principle.respect\", \"advice\": \"Remove it.\","
                + " \"communityLexicon\": {\"source\": \"words.json\", \"minSeverity\": 2,"
                + " \"types\": {\"racial\": \"DISCRIMINATORY\"}}}";
        Path file = dir.resolve("rules.json");
        Files.writeString(file, String.format(MINIMAL, rule));
        RuleSet set = RuleSetReader.read(file);
        assertEquals(java.util.List.of(new Term("frob", "DISCRIMINATORY"), new Term("frobs", "DISCRIMINATORY")),
                set.rule("OFF-C").orElseThrow().terms());
        assertTrue(set.allow().contains("frob knob"));
    }

    @Test
    void reads_the_community_lexicon_format() throws IOException {
        try (InputStream in = RuleSet.class.getResourceAsStream("profanity-en.json")) {
            var entries = CommunityLexicon.read(in, "profanity-en.json");
            assertEquals(434, entries.size());
            var fuck = entries.stream().filter(e -> e.id().equals("fuck")).findFirst().orElseThrow();
            assertTrue(fuck.matches().contains("fuck"), fuck.matches().toString());
            assertEquals(4, fuck.severity());
        }
        assertThrows(RuleSetException.class, () -> CommunityLexicon.read(
                new ByteArrayInputStream("[{\"id\": \"x\", \"match\": \"y\", \"severity\": 9}]".getBytes(
                        StandardCharsets.UTF_8)), "bad"));
    }

    @Test
    void reads_word_classes_and_refuses_a_sentence_pattern_naming_a_class_it_does_not_define() {
        String doc = "{\"format\": \"dss-social-media-rule-set/1\", \"version\": \"s-1\","
                + " \"effectiveFrom\": \"2020-01-01\", \"wordClasses\": {\"we\": [\"we\", \"our team\"]},"
                + " \"rules\": [{\"id\": \"CM-T\", \"category\": \"COMMITMENT\", \"detector\": \"SENTENCE\","
                + " \"severity\": \"WARN\", \"clause\": \"principle.confidentiality\", \"advice\": \"Don't.\","
                + " \"terms\": [\"<we> will <deadline>\"]}]}";
        RuleSet set = RuleSetReader.read(new java.io.ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)),
                name -> {
                    throw new IOException("no lexicons here");
                }, "test");
        assertEquals(List.of("we", "our team"), set.wordClass("we"));
        RuleSetException refused = org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class,
                () -> au.gov.dss.socialmedia.engine.detect.TextScreener.compile(set));
        assertTrue(refused.getMessage().contains("<deadline>"), refused.getMessage());
    }
}
