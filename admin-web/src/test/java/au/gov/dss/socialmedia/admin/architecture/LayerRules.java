package au.gov.dss.socialmedia.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the whole system, parameterised by the app's root package so that the rules can also be run
 * against planted violations. domain &lt;- engine &lt;- app; domain &lt;- records adapter; the web layer talks to
 * the application layer only and never to persistence; persistence implements the ports of the domain and of the
 * application; no cycles.
 */
final class LayerRules {

    static final String DOMAIN = "au.gov.dss.socialmedia.domain..";
    static final String ENGINE = "au.gov.dss.socialmedia.engine..";
    static final String RECORDS = "au.gov.dss.socialmedia.records..";

    private LayerRules() {
    }

    static ArchRule layers(String app) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(DOMAIN)
                .optionalLayer("Engine").definedBy(ENGINE)
                .optionalLayer("Records").definedBy(RECORDS)
                .layer("Web").definedBy(app + ".web..")
                .layer("Application").definedBy(app + ".application..")
                .layer("Persistence").definedBy(app + ".persistence..")
                .layer("Security").definedBy(app + ".security..")
                .layer("Audit").definedBy(app + ".audit..")
                .layer("Platform").definedBy(app + ".platform..")
                .optionalLayer("Demo").definedBy(app + ".demo..")
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Persistence", "Platform")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Audit").mayOnlyBeAccessedByLayers("Application", "Web")
                .whereLayer("Security").mayOnlyBeAccessedByLayers("Application", "Web", "Demo")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Application", "Platform", "Web")
                .whereLayer("Records").mayOnlyBeAccessedByLayers("Application", "Platform", "Persistence")
                .as("the layers of the system");
    }

    static ArchRule webNeverTouchesPersistence(String app) {
        return noClasses().that().resideInAPackage(app + ".web..")
                .should().dependOnClassesThat().resideInAPackage(app + ".persistence..")
                .as("the web layer never touches persistence directly");
    }

    static ArchRule domainDependsOnNothingElse() {
        return noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", DOMAIN)
                .as("the domain depends on java.* and itself only");
    }

    static ArchRule noCycles(String app) {
        return slices().matching(app + ".(*)..").should().beFreeOfCycles()
                .as("the app's packages are free of cycles");
    }
}
