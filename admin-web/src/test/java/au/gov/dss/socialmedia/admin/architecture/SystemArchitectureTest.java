package au.gov.dss.socialmedia.admin.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The architecture of the whole system, checked from the app, which sees every module it uses. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SystemArchitectureTest {

    private static final String APP = "au.gov.dss.socialmedia.admin";
    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
    /** The production classes: not the tests, nor the records adapter's test helpers (a Maven test-jar). */
    private static final JavaClasses SYSTEM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.matches(TEST_JAR))
            .importPackages("au.gov.dss.socialmedia");
    private static final JavaClasses PLANTED = new ClassFileImporter()
            .importPackages("au.gov.dss.socialmedia.planted.admin");

    @Test
    void every_module_keeps_to_its_layer() {
        LayerRules.layers(APP).check(SYSTEM);
    }

    @Test
    void the_web_layer_never_touches_persistence() {
        LayerRules.webNeverTouchesPersistence(APP).check(SYSTEM);
    }

    @Test
    void the_domain_depends_on_nothing_but_java() {
        LayerRules.domainDependsOnNothingElse().check(SYSTEM);
    }

    @Test
    void the_app_packages_have_no_cycles() {
        LayerRules.noCycles(APP).check(SYSTEM);
    }

    @Test
    void the_rules_catch_a_page_that_reads_the_database_itself() {
        EvaluationResult web = LayerRules.webNeverTouchesPersistence("au.gov.dss.socialmedia.planted.admin")
                .evaluate(PLANTED);
        assertTrue(web.hasViolation(), "the planted violation was missed");
        assertTrue(web.getFailureReport().toString().contains("RogueRepository"), web.getFailureReport().toString());
        assertTrue(LayerRules.noCycles("au.gov.dss.socialmedia.planted.admin").evaluate(PLANTED).hasViolation(),
                "the planted cycle was missed");
    }
}
