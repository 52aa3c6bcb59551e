package au.gov.dss.socialmedia.domain.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The architecture rules catch violations planted in {@code au.gov.dss.socialmedia.planted}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PlantedViolationsTest {

    private static final String PLANTED = "au.gov.dss.socialmedia.planted";

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages(PLANTED);

    private static void assertCaught(EvaluationResult result, String expected) {
        assertTrue(result.hasViolation(), "the rule missed the planted violation");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains(expected), report);
    }

    @Test
    void a_domain_class_that_uses_a_framework_is_caught() {
        assertCaught(DomainRules.onlyJavaAndItself(PLANTED).evaluate(CLASSES), "org.junit");
    }

    @Test
    void a_cycle_between_aggregate_packages_is_caught() {
        assertCaught(DomainRules.noPackageCycles(PLANTED).evaluate(CLASSES), "Cycle");
    }

    @Test
    void an_aggregate_holding_another_aggregate_is_caught() {
        assertCaught(DomainRules.aggregatesReferToEachOtherById(PLANTED).evaluate(CLASSES), "OfficialPost.account");
        assertCaught(DomainRules.aggregatesReferToEachOtherById(PLANTED).evaluate(CLASSES), "followers");
    }
}
