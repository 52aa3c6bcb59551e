package au.gov.dss.socialmedia.admin.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture of the system and of the app, each rule parameterised by the root packages so that the same rule
 * objects also run against planted violations ({@code au.gov.dss.socialmedia.planted}).
 * <ul>
 *   <li>modules: domain &lt;- engine, domain &lt;- records adapter, and the app on top of them all;</li>
 *   <li>the domain uses java.* and itself only;</li>
 *   <li>the app is one package per feature ({@code admin.account}, {@code admin.initiative}...), each with its
 *       {@code web}, {@code application} and {@code persistence}, beside a few shared places ({@code platform},
 *       {@code security}, {@code web} support);</li>
 *   <li>pages reach only application services, the web support and the domain's values;</li>
 *   <li>the application layer never reaches pages or storage;</li>
 *   <li>storage never reaches pages; the web support knows no feature;</li>
 *   <li>no cycles between the app's packages (features and shared places alike).</li>
 * </ul>
 */
final class LayerRules {

    static final String SYSTEM = "au.gov.dss.socialmedia";
    static final String PLANTED = "au.gov.dss.socialmedia.planted";

    private LayerRules() {
    }

    /** domain &lt;- engine; domain &lt;- records adapter; the app on top; nothing uses the app. */
    static ArchRule modules(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(root + ".domain..")
                .optionalLayer("Engine").definedBy(root + ".engine..")
                .optionalLayer("Records").definedBy(root + ".records..")
                .layer("App").definedBy(root + ".admin..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Records").mayOnlyBeAccessedByLayers("App")
                .as("the modules depend downwards only: domain <- engine, records adapter <- app");
    }

    /** The domain uses java.* and itself only. */
    static ArchRule domainDependsOnNothingElse(String root) {
        return noClasses().that().resideInAPackage(root + ".domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", root + ".domain..")
                .as("the domain depends on java.* and itself only");
    }

    /** A feature's pages reach only application services, the web support and the domain's values. */
    static ArchRule pagesReachOnlyApplicationServicesAndWebSupport(String root) {
        String app = root + ".admin";
        return classes().that().resideInAPackage(app + ".*.web..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "org.primefaces..",
                        app + ".web..", app + ".*.application..", app + ".*.web..", app + ".platform.listing..",
                        root + ".domain..")
                .as("pages reach only application services, the web support and the domain's values");
    }

    /** The application layer never reaches pages (nor the web support) or storage. */
    static ArchRule applicationNeverReachesPagesOrStorage(String root) {
        String app = root + ".admin";
        return noClasses().that().resideInAPackage(app + "..application..")
                .should().dependOnClassesThat().resideInAnyPackage(app + "..web..", app + "..persistence..")
                .as("the application layer never reaches pages or storage");
    }

    /** Storage never reaches pages. */
    static ArchRule storageNeverReachesPages(String root) {
        String app = root + ".admin";
        return noClasses().that().resideInAPackage(app + "..persistence..")
                .should().dependOnClassesThat().resideInAPackage(app + "..web..")
                .as("storage never reaches pages");
    }

    /** The web support every page shares knows no feature. */
    static ArchRule webSupportKnowsNoFeature(String root) {
        String app = root + ".admin";
        return classes().that().resideInAPackage(app + ".web")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "jakarta..", "org.primefaces..",
                        app + ".web", app + ".platform..", app + ".security..", root + ".domain..")
                .as("the web support knows no feature");
    }

    /** No cycles between the app's packages: features, and the shared places. */
    static ArchRule noCyclesBetweenFeatures(String root) {
        return slices().matching(root + ".admin.(*)..").should().beFreeOfCycles()
                .as("no cycles between the app's features");
    }
}
