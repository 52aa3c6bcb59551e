package au.gov.dss.socialmedia.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The engine depends only on Java, the domain and its one library; its packages are layered. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("au.gov.dss.socialmedia.engine");

    static final ArchRule ONLY_JAVA_THE_DOMAIN_AND_JACKSON_CORE = classes()
            .that().resideInAPackage("au.gov.dss.socialmedia.engine..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "au.gov.dss.socialmedia.domain..",
                    "au.gov.dss.socialmedia.engine..", "com.fasterxml.jackson.core..");

    static final ArchRule ONLY_THE_CLI_USES_THE_CLI = noClasses()
            .that().resideOutsideOfPackage("au.gov.dss.socialmedia.engine.cli..")
            .should().dependOnClassesThat().resideInAPackage("au.gov.dss.socialmedia.engine.cli..");

    static final ArchRule TEXT_PROCESSING_KNOWS_NOTHING_OF_RULES_OR_DETECTORS = noClasses()
            .that().resideInAPackage("au.gov.dss.socialmedia.engine.text..")
            .should().dependOnClassesThat().resideInAnyPackage("au.gov.dss.socialmedia.engine",
                    "au.gov.dss.socialmedia.engine.rules..", "au.gov.dss.socialmedia.engine.detect..",
                    "au.gov.dss.socialmedia.domain..");

    static final ArchRule DETECTORS_DO_NOT_KNOW_THE_API = noClasses()
            .that().resideInAnyPackage("au.gov.dss.socialmedia.engine.detect..", "au.gov.dss.socialmedia.engine.rules..")
            .should().dependOnClassesThat().resideInAPackage("au.gov.dss.socialmedia.engine");

    @Test
    void the_engine_depends_only_on_java_the_domain_and_jackson_core() {
        ONLY_JAVA_THE_DOMAIN_AND_JACKSON_CORE.check(ENGINE);
    }

    @Test
    void the_packages_are_layered_with_the_cli_on_top() {
        ONLY_THE_CLI_USES_THE_CLI.check(ENGINE);
        TEXT_PROCESSING_KNOWS_NOTHING_OF_RULES_OR_DETECTORS.check(ENGINE);
        DETECTORS_DO_NOT_KNOW_THE_API.check(ENGINE);
    }

    @Test
    void the_dependency_rule_catches_a_planted_violation() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolation.class);
        assertThrows(AssertionError.class, () -> ONLY_JAVA_THE_DOMAIN_AND_JACKSON_CORE.check(planted));
    }

    /** A class that depends on a test library, which the engine must never do. */
    static final class PlantedViolation {
        Object use() {
            return new ArchitectureTest().getClass().getAnnotation(DisplayNameGeneration.class);
        }
    }
}
