package au.gov.dss.socialmedia.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;

/**
 * The architecture rules of the domain, parameterised by the root package so that the same rules can be run
 * against the real domain and against planted violations (to prove that they catch what they should).
 */
final class DomainRules {

    /** The simple names of the aggregate roots; each lives in its own package. */
    static final Set<String> AGGREGATE_ROOTS = Set.of("SocialMediaAccount", "Authorisation", "Initiative",
            "OfficialPost", "PublicComment", "ConductMatter");

    private DomainRules() {
    }

    /** The domain uses nothing but the Java platform and itself. */
    static ArchRule onlyJavaAndItself(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + "..")
                .as("the domain depends only on java.* and itself");
    }

    /** The aggregate packages are free of cycles. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles()
                .as("the domain's packages are free of cycles");
    }

    /** No class holds another package's aggregate root in a field (directly or as a type argument). */
    static ArchRule aggregatesReferToEachOtherById(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("hold other aggregates by id only") {
                    @Override
                    public void check(JavaClass owner, ConditionEvents events) {
                        for (JavaField field : owner.getFields()) {
                            for (JavaClass type : field.getType().getAllInvolvedRawTypes()) {
                                if (isForeignAggregateRoot(owner, type)) {
                                    events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                            + " holds the aggregate " + type.getName()
                                            + " of another package; refer to it by its id"));
                                }
                            }
                        }
                    }
                })
                .as("aggregates refer to each other by id only");
    }

    private static boolean isForeignAggregateRoot(JavaClass owner, JavaClass type) {
        return AGGREGATE_ROOTS.contains(type.getSimpleName())
                && !type.getPackageName().equals(owner.getPackageName());
    }

    /** Matches the aggregate roots, to check the rules are not vacuous. */
    static DescribedPredicate<JavaClass> aggregateRoot() {
        return DescribedPredicate.describe("an aggregate root",
                javaClass -> AGGREGATE_ROOTS.contains(javaClass.getSimpleName()));
    }
}
