package au.gov.dss.socialmedia.admin.screening.application;

import au.gov.dss.socialmedia.engine.ComplianceEngine;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.RuleSetException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The app's one compliance engine, built when the app starts from the rule set the engine ships plus the rule-set
 * files configured under {@value #RULE_FILES} (MicroProfile Config, so also the environment variable
 * {@code SCREENING_RULE_FILES}: paths separated by commas), and shared by every request (the engine is immutable
 * and thread-safe). A file that cannot be used stops the start: the deployment fails with a message naming the
 * file, the line and the problem, rather than the app screening with rules other than those CMB configured.
 */
@ApplicationScoped
public class ScreeningEngine {

    /** The configuration key naming the rule-set files, separated by commas. */
    public static final String RULE_FILES = "screening.rule-files";

    private static final Logger LOG = Logger.getLogger(ScreeningEngine.class.getName());

    private Config config;
    private Clock clock;
    private ComplianceEngine engine;

    /** For CDI's proxies. */
    protected ScreeningEngine() {
    }

    /** The engine built from the configuration when the app starts. */
    @Inject
    public ScreeningEngine(Config config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** An engine given whole (tests, tools). */
    public ScreeningEngine(ComplianceEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    @PostConstruct
    void build() {
        if (engine != null) {
            return;
        }
        List<Path> files = ruleFiles(config.getOptionalValue(RULE_FILES, String.class));
        try {
            engine = ComplianceEngine.withDefaultRulesAnd(clock, files);
        } catch (RuleSetException refused) {
            LOG.severe(() -> "Screening cannot start: the rule-set file " + refused.getMessage());
            throw new IllegalStateException("Screening cannot start: the rule-set file " + refused.getMessage(),
                    refused);
        }
        RuleSet inForce = engine.history().inForceAt(java.time.LocalDate.now(clock)).orElse(null);
        LOG.info(() -> "Screening with rule set " + (inForce == null ? "(none in force today)" : inForce.version())
                + "; versions held: " + engine.history().versions().stream().map(set -> set.version().value())
                .collect(Collectors.joining(", ")) + (files.isEmpty() ? "" : " (files: " + files + ")"));
    }

    /** Builds the engine as the app starts, so that a bad rule-set file stops the deployment at once. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        engine();
    }

    /** The engine, for every feature that screens: one instance for the app's life. */
    @Produces
    @Dependent
    public ComplianceEngine engine() {
        return engine;
    }

    /** The paths named by the setting: separated by commas, blanks ignored. */
    static List<Path> ruleFiles(Optional<String> setting) {
        return setting.map(value -> Arrays.stream(value.split(",")).map(String::strip)
                .filter(path -> !path.isEmpty()).map(Path::of).toList()).orElse(List.of());
    }
}
