package au.gov.dss.socialmedia.admin.screening.application;

import au.gov.dss.socialmedia.engine.ComplianceEngine;
import au.gov.dss.socialmedia.engine.ScreeningRequest;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.RuleSetHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Screening for the app's use cases, with the one engine: every assessment comes back as {@link Screened}, with the
 * rule-set version it used. No permission is checked here: the use case that screens (a self-check, a draft, a
 * comment's moderation) checks its own.
 */
@ApplicationScoped
public class Screening {

    private ScreeningEngine engine;
    private Clock clock;

    /** For CDI's proxies. */
    protected Screening() {
    }

    /** Screening with the app's engine. */
    @Inject
    public Screening(ScreeningEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** Screens with the rule set in force now. */
    public Screened screen(ScreeningRequest request) {
        return new Screened(engine().screen(request).assessment());
    }

    /** The versions the engine holds. */
    public RuleSetHistory history() {
        return engine().history();
    }

    /** The version in force today. */
    public RuleSet inForce() {
        return history().inForceAt(LocalDate.now(clock)).orElseThrow(() -> new IllegalStateException(
                "no rule set is in force on " + LocalDate.now(clock)));
    }

    private ComplianceEngine engine() {
        return engine.engine();
    }
}
