package au.gov.dss.socialmedia.admin.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The architecture of the whole system, checked from the app, which sees every module it uses; and each rule, the
 * same rule object, shown to catch a planted violation ({@code au.gov.dss.socialmedia.planted}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SystemArchitectureTest {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    /** The production classes: not the tests, nor the records adapter's test helpers (a Maven test-jar). */
    private static final JavaClasses SYSTEM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(TEST_JAR))
            .importPackages(LayerRules.SYSTEM);
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages(LayerRules.PLANTED);

    @Test
    void the_modules_depend_downwards_only() {
        LayerRules.modules(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void the_domain_depends_on_nothing_but_java() {
        LayerRules.domainDependsOnNothingElse(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void pages_reach_only_application_services_the_web_support_and_the_domains_values() {
        LayerRules.pagesReachOnlyApplicationServicesAndWebSupport(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void the_application_layer_never_reaches_pages_or_storage() {
        LayerRules.applicationNeverReachesPagesOrStorage(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void storage_never_reaches_pages() {
        LayerRules.storageNeverReachesPages(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void the_web_support_knows_no_feature() {
        LayerRules.webSupportKnowsNoFeature(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void the_apps_features_have_no_cycles() {
        LayerRules.noCyclesBetweenFeatures(LayerRules.SYSTEM).check(SYSTEM);
    }

    @Test
    void each_rule_catches_its_planted_violation() {
        caught(LayerRules::modules, "Screening");
        caught(LayerRules::domainDependsOnNothingElse, "LeakyAggregate");
        caught(LayerRules::pagesReachOnlyApplicationServicesAndWebSupport, "RoguePage");
        caught(LayerRules::applicationNeverReachesPagesOrStorage, "RogueService");
        caught(LayerRules::storageNeverReachesPages, "RogueMapper");
        caught(LayerRules::webSupportKnowsNoFeature, "RogueSupport");
        caught(LayerRules::noCyclesBetweenFeatures, "Alpha");
    }

    private static void caught(Function<String, ArchRule> rule, String plantedClass) {
        EvaluationResult result = rule.apply(LayerRules.PLANTED).evaluate(PLANTED);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation() && report.contains(plantedClass),
                "the rule missed the planted " + plantedClass + ": " + report);
    }
}
