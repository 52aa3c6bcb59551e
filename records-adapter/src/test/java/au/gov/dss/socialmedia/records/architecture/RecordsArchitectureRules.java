package au.gov.dss.socialmedia.records.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The records adapter's architecture, as rule objects: {@link RecordsArchitectureTest} checks these very fields
 * against the module's classes, and against planted classes that break each of them, so a rule that is weakened
 * until it catches nothing fails the build.
 */
public final class RecordsArchitectureRules {

    static final String RECORDS = "au.gov.dss.socialmedia.records..";
    static final String DOMAIN = "au.gov.dss.socialmedia.domain..";
    static final String MAPPING = "au.gov.dss.socialmedia.records.mapping..";
    static final String BAGIT = "au.gov.dss.socialmedia.records.bagit..";
    static final String CMIS = "au.gov.dss.socialmedia.records.cmis..";
    static final String OUTBOX = "au.gov.dss.socialmedia.records.outbox..";
    static final String TARGET = "au.gov.dss.socialmedia.records.target..";
    static final String CLI = "au.gov.dss.socialmedia.records.cli..";
    static final String CONFIG = "au.gov.dss.socialmedia.records.config..";
    static final String JSON = "au.gov.dss.socialmedia.records.json..";
    static final String JACKSON_CORE = "com.fasterxml.jackson.core..";

    /**
     * Outside its command line, the module depends on the JDK's java.*, its XML and JDBC APIs, the domain and one
     * library, jackson-core's streaming parser.
     */
    public static final ArchRule ONLY_JDK_DOMAIN_AND_JACKSON_CORE = classes().that().resideInAPackage(RECORDS)
            .and().resideOutsideOfPackage(CLI)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "javax.sql..", DOMAIN,
                    RECORDS, JACKSON_CORE)
            .because("the records adapter uses the JDK (java.net.http, java.security, javax.xml, JDBC), the"
                    + " domain, and jackson-core to read the JSON other systems send; admin-web gives it the"
                    + " container's data source");

    /**
     * The command line adds its database connections: the JDBC drivers' own data sources, and HikariCP in front
     * of them. Nothing else of the drivers (their connections are used through JDBC).
     */
    public static final ArchRule THE_CLI_ADDS_ONLY_DRIVER_DATA_SOURCES_AND_A_POOL = classes().that()
            .resideInAPackage(CLI)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", DOMAIN, RECORDS,
                    "com.zaxxer.hikari..", "org.postgresql.ds..", "org.h2.jdbcx..")
            .because("the CLI connects with the driver's DataSource and pools with HikariCP; the rest is the"
                    + " module's");

    /** Only the JSON package parses JSON: the rest of the module reads maps and lists from its JsonReader. */
    public static final ArchRule JACKSON_ONLY_IN_THE_JSON_PACKAGE = noClasses().that().resideOutsideOfPackage(JSON)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("one class reads JSON, strictly and with a depth limit; the library stays behind it");

    /** Turning events into records knows nothing of where records go. */
    public static final ArchRule MAPPING_KNOWS_NO_TARGET = noClasses().that().resideInAPackage(MAPPING)
            .should().dependOnClassesThat().resideInAnyPackage(BAGIT, CMIS, OUTBOX, CLI, TARGET);

    /** The targets take a record and nothing else: no outbox, no command line, no configuration. */
    public static final ArchRule TARGETS_KNOW_NO_OUTBOX = noClasses().that().resideInAnyPackage(BAGIT, CMIS)
            .should().dependOnClassesThat().resideInAnyPackage(OUTBOX, CLI, CONFIG);

    /** Only the command line and the configuration put the parts together. */
    public static final ArchRule ONLY_THE_CLI_AND_CONFIG_WIRE = noClasses().that()
            .resideOutsideOfPackages(CLI, CONFIG)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, CONFIG);

    private RecordsArchitectureRules() {
    }
}
