package au.gov.dss.socialmedia.admin.screening.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.admin.platform.command.CommandRunner;
import au.gov.dss.socialmedia.admin.security.AppRole;
import au.gov.dss.socialmedia.admin.security.CurrentUser;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.engine.ComplianceEngine;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule sets CMB sees, and the one engine the app builds at start from the configured rule-set files.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleSetsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-03-01T01:00:00Z"),
            ZoneId.of("Australia/Sydney"));

    private static final CurrentUser APPROVER = new CurrentUser() {
        @Override
        public Optional<String> username() {
            return Optional.of("priya");
        }

        @Override
        public Optional<String> displayName() {
            return Optional.of("Priya Sharma");
        }

        @Override
        public boolean hasRole(AppRole role) {
            return role == AppRole.CMB_APPROVER;
        }
    };

    private static RuleSet version(String version, LocalDate from) {
        RuleSet defaults = RuleSet.defaults();
        return new RuleSet(new PolicyVersion(version), from, "Version " + version, defaults.rules(),
                defaults.allow(), defaults.official(), defaults.reflectionQuestions(), defaults.wordClasses());
    }

    @Test
    void cmb_sees_every_version_newest_first_with_the_days_each_is_in_force_and_the_one_in_force_today() {
        ComplianceEngine engine = ComplianceEngine.of(CLOCK, version("2026.12-1", LocalDate.of(2014, 12, 1)),
                version("2027.02-1", LocalDate.of(2027, 2, 1)), version("2027.06-1", LocalDate.of(2027, 6, 1)));
        RuleSets ruleSets = new RuleSets(new Screening(new ScreeningEngine(engine), CLOCK),
                new CommandRunner(APPROVER, null, null), CLOCK);

        List<RuleSetVersion> versions = ruleSets.versions();

        assertEquals(List.of("2027.06-1", "2027.02-1", "2026.12-1"), versions.stream()
                .map(RuleSetVersion::version).toList());
        RuleSetVersion inForce = versions.get(1);
        assertTrue(inForce.inForce());
        assertEquals(LocalDate.of(2027, 5, 31), inForce.effectiveUntil());
        assertTrue(versions.get(0).future());
        assertNull(versions.get(0).effectiveUntil());
        assertFalse(versions.get(2).inForce());
        assertEquals(RuleSet.defaults().rules().size(), inForce.ruleCount());
        assertEquals(inForce.ruleCount(), inForce.categories().stream().mapToInt(c -> c.rules().size()).sum());
    }

    @Test
    void every_assessment_names_the_rule_set_version_it_used() {
        Screening screening = new Screening(new ScreeningEngine(ComplianceEngine.of(CLOCK,
                version("2026.12-1", LocalDate.of(2014, 12, 1)), version("2027.02-1", LocalDate.of(2027, 2, 1)))),
                CLOCK);

        Screened screened = screening.screen(au.gov.dss.socialmedia.engine.ScreeningRequest.of("Hello",
                au.gov.dss.socialmedia.domain.compliance.Channel.OFFICIAL_POST));

        assertEquals("2027.02-1", screened.ruleSetVersion().value());
        assertEquals(screened.ruleSetVersion(), screened.assessment().policyVersion());
    }

    @Test
    void the_app_builds_one_engine_from_the_shipped_rules_and_the_configured_files(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("local.json"), "{\"format\": \"dss-social-media-rule-set/1\","
                + " \"version\": \"2027.01-1\", \"effectiveFrom\": \"2027-01-01\", \"rules\": []}");
        ScreeningEngine engine = new ScreeningEngine(config(" " + file + " , "), CLOCK);
        engine.build();

        assertSame(engine.engine(), engine.engine(), "one engine for the app's life");
        assertEquals(List.of("2026.12-1", "2027.01-1"), engine.engine().history().versions().stream()
                .map(set -> set.version().value()).toList());
    }

    @Test
    void a_bad_rule_file_stops_the_start_naming_the_file_the_line_and_the_problem(@TempDir Path dir)
            throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), String.join("\n",
                "{",
                "  \"format\": \"dss-social-media-rule-set/1\",",
                "  \"version\": \"2027.01-1\",",
                "  \"effectiveFrom\": \"the first of January\",",
                "  \"rules\": []",
                "}"));
        ScreeningEngine engine = new ScreeningEngine(config(file.toString()), CLOCK);

        IllegalStateException stopped = assertThrows(IllegalStateException.class, engine::build);

        assertTrue(stopped.getMessage().contains(file + ", line 4: effectiveFrom must be a date"),
                stopped.getMessage());
    }

    @Test
    void no_setting_means_the_shipped_rules_only() {
        assertEquals(List.of(), ScreeningEngine.ruleFiles(Optional.empty()));
        assertEquals(List.of(Path.of("a.json"), Path.of("/etc/b.json")),
                ScreeningEngine.ruleFiles(Optional.of("a.json, ,/etc/b.json")));
    }

    private static Config config(String ruleFiles) {
        return (Config) java.lang.reflect.Proxy.newProxyInstance(RuleSetsTest.class.getClassLoader(),
                new Class<?>[] {Config.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")
                            && ScreeningEngine.RULE_FILES.equals(args[0])) {
                        return Optional.of(ruleFiles);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
