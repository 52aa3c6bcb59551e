package au.gov.dss.socialmedia.records.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.records.cli.PlantedCliInsideTheDriver;
import au.gov.dss.socialmedia.records.cmis.PlantedCmisParsingJsonItself;
import au.gov.dss.socialmedia.records.cmis.PlantedTargetThatReadsTheOutbox;
import au.gov.dss.socialmedia.records.mapping.PlantedMappingThatKnowsTheBag;
import au.gov.dss.socialmedia.records.outbox.PlantedOutboxWithAPool;
import au.gov.dss.socialmedia.records.outbox.PlantedOutboxThatWiresItself;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The module's classes keep to {@link RecordsArchitectureRules}, and each rule, the same object, catches a planted
 * class that breaks it (planted classes live in the test sources of the packages they pretend to be part of).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("au.gov.dss.socialmedia.records");

    @Test
    void the_module_depends_only_on_the_jdk_the_domain_and_jackson_core() {
        RecordsArchitectureRules.ONLY_JDK_DOMAIN_AND_JACKSON_CORE.check(MAIN);
    }

    @Test
    void the_cli_adds_only_the_drivers_data_sources_and_a_pool() {
        RecordsArchitectureRules.THE_CLI_ADDS_ONLY_DRIVER_DATA_SOURCES_AND_A_POOL.check(MAIN);
    }

    @Test
    void only_the_json_package_uses_jackson() {
        RecordsArchitectureRules.JACKSON_ONLY_IN_THE_JSON_PACKAGE.check(MAIN);
    }

    @Test
    void mapping_events_to_records_knows_nothing_of_targets_or_the_outbox() {
        RecordsArchitectureRules.MAPPING_KNOWS_NO_TARGET.check(MAIN);
    }

    @Test
    void targets_know_nothing_of_the_outbox_or_the_cli() {
        RecordsArchitectureRules.TARGETS_KNOW_NO_OUTBOX.check(MAIN);
    }

    @Test
    void only_the_cli_and_the_configuration_wire_the_parts_together() {
        RecordsArchitectureRules.ONLY_THE_CLI_AND_CONFIG_WIRE.check(MAIN);
    }

    @Test
    void the_dependency_rule_catches_an_outbox_with_a_pool_of_its_own() {
        assertCaught(RecordsArchitectureRules.ONLY_JDK_DOMAIN_AND_JACKSON_CORE, PlantedOutboxWithAPool.class);
    }

    @Test
    void the_cli_rule_catches_a_cli_that_reaches_into_the_driver() {
        assertCaught(RecordsArchitectureRules.THE_CLI_ADDS_ONLY_DRIVER_DATA_SOURCES_AND_A_POOL,
                PlantedCliInsideTheDriver.class);
    }

    @Test
    void the_json_rule_catches_a_cmis_client_that_parses_json_itself() {
        assertCaught(RecordsArchitectureRules.JACKSON_ONLY_IN_THE_JSON_PACKAGE, PlantedCmisParsingJsonItself.class);
    }

    @Test
    void the_mapping_rule_catches_a_mapper_that_knows_the_bag_layout() {
        assertCaught(RecordsArchitectureRules.MAPPING_KNOWS_NO_TARGET, PlantedMappingThatKnowsTheBag.class);
    }

    @Test
    void the_target_rule_catches_a_target_that_reads_the_outbox() {
        assertCaught(RecordsArchitectureRules.TARGETS_KNOW_NO_OUTBOX, PlantedTargetThatReadsTheOutbox.class);
    }

    @Test
    void the_wiring_rule_catches_an_outbox_that_reads_the_configuration() {
        assertCaught(RecordsArchitectureRules.ONLY_THE_CLI_AND_CONFIG_WIRE, PlantedOutboxThatWiresItself.class);
    }

    /**
     * The rule reports a violation by the planted class itself: a rule that selects nothing also fails (ArchUnit's
     * fail-on-empty default), but for another reason, which must not pass for a caught violation.
     */
    private static void assertCaught(ArchRule rule, Class<?> planted) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(planted));
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "the rule missed " + planted.getName() + ": " + rule.getDescription());
        assertTrue(report.contains("<" + planted.getName() + ">") || report.contains("<" + planted.getName() + "."),
                "the rule failed, but not for " + planted.getName() + ": " + report);
    }
}
