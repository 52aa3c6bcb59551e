package au.gov.dss.socialmedia.records.architecture;

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

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RecordsArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("au.gov.dss.socialmedia.records");

    /** The module depends on the JDK's java.*, its XML and JDBC APIs, and the domain: no library at all. */
    static final ArchRule ONLY_JDK_AND_DOMAIN = classes().that().resideInAPackage("au.gov.dss.socialmedia.records..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "javax.sql..",
                    "au.gov.dss.socialmedia.domain..", "au.gov.dss.socialmedia.records..")
            .because("the records adapter uses the JDK (java.net.http, java.security, javax.xml, JDBC) and the"
                    + " domain only");

    static final ArchRule MAPPING_KNOWS_NO_TARGET = noClasses().that()
            .resideInAPackage("au.gov.dss.socialmedia.records.mapping..").should().dependOnClassesThat()
            .resideInAnyPackage("au.gov.dss.socialmedia.records.bagit..", "au.gov.dss.socialmedia.records.cmis..",
                    "au.gov.dss.socialmedia.records.outbox..", "au.gov.dss.socialmedia.records.cli..",
                    "au.gov.dss.socialmedia.records.target..");

    static final ArchRule TARGETS_KNOW_NO_OUTBOX = noClasses().that()
            .resideInAnyPackage("au.gov.dss.socialmedia.records.bagit..", "au.gov.dss.socialmedia.records.cmis..")
            .should().dependOnClassesThat().resideInAnyPackage("au.gov.dss.socialmedia.records.outbox..",
                    "au.gov.dss.socialmedia.records.cli..", "au.gov.dss.socialmedia.records.config..");

    static final ArchRule ONLY_THE_CLI_AND_CONFIG_WIRE = noClasses().that()
            .resideOutsideOfPackages("au.gov.dss.socialmedia.records.cli..",
                    "au.gov.dss.socialmedia.records.config..")
            .should().dependOnClassesThat().resideInAnyPackage("au.gov.dss.socialmedia.records.cli..",
                    "au.gov.dss.socialmedia.records.config..");

    @Test
    void the_module_depends_only_on_the_jdk_and_the_domain() {
        ONLY_JDK_AND_DOMAIN.check(MAIN);
    }

    @Test
    void mapping_events_to_records_knows_nothing_of_targets_or_the_outbox() {
        MAPPING_KNOWS_NO_TARGET.check(MAIN);
    }

    @Test
    void targets_know_nothing_of_the_outbox_or_the_cli() {
        TARGETS_KNOW_NO_OUTBOX.check(MAIN);
    }

    @Test
    void only_the_cli_and_the_configuration_wire_the_parts_together() {
        ONLY_THE_CLI_AND_CONFIG_WIRE.check(MAIN);
    }

    @Test
    void the_dependency_rule_catches_a_class_that_uses_a_library() {
        JavaClasses planted = new ClassFileImporter().importClasses(RecordsArchitectureTest.class);
        assertThrows(AssertionError.class, () -> classes().that().haveSimpleName("RecordsArchitectureTest")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "javax.sql..",
                        "au.gov.dss.socialmedia.domain..", "au.gov.dss.socialmedia.records..")
                .check(planted));
    }
}
