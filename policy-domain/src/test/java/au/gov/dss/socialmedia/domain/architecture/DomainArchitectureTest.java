package au.gov.dss.socialmedia.domain.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DomainArchitectureTest {

    private static final String DOMAIN = "au.gov.dss.socialmedia.domain";

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(DOMAIN);

    @Test
    void the_domain_uses_only_java_and_itself() {
        DomainRules.onlyJavaAndItself(DOMAIN).check(PRODUCTION);
    }

    @Test
    void the_domain_packages_have_no_cycles() {
        DomainRules.noPackageCycles(DOMAIN).check(PRODUCTION);
    }

    @Test
    void aggregates_refer_to_each_other_by_id_only() {
        DomainRules.aggregatesReferToEachOtherById(DOMAIN).check(PRODUCTION);
    }

    @Test
    void every_aggregate_root_is_there_for_the_rules_to_check() {
        assertEquals(DomainRules.AGGREGATE_ROOTS.size(),
                PRODUCTION.that(DomainRules.aggregateRoot()).size(), "an aggregate root was renamed or removed");
    }
}
