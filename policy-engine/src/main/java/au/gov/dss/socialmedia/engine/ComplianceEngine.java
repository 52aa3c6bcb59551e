package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.compliance.ComplianceAssessment;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.engine.detect.TextScreener;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.RuleSetException;
import au.gov.dss.socialmedia.engine.rules.RuleSetHistory;
import au.gov.dss.socialmedia.engine.rules.RuleSetReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Screens posts and comments against the Social Media Policy: what in the text (and its media, and the author's
 * authority) breaches the policy, where exactly, under which clause, and what to do about it. The answer is the
 * domain's {@link ComplianceAssessment} ({@link ScreeningResult#assessment()}), naming the rule-set version used so that a finding can be reproduced
 * later.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.withDefaultRules(clock);
 * ScreeningResult result = engine.screen(ScreeningRequest.of(draft, Channel.OFFICIAL_POST));
 * if (result.outcome() == Outcome.BLOCK) { ... result.findings() ... }
 * }</pre>
 *
 * <p>The engine holds one or more rule-set versions, compiled once when it is built, and screens with the version
 * in force on the day (by the clock) or "as at" a given date. It is immutable and thread-safe: build one and share
 * it.
 */
public final class ComplianceEngine {

    private final Clock clock;
    private final RuleSetHistory history;
    private final List<Compiled> compiled;

    private record Compiled(RuleSet ruleSet, TextScreener text, RequestRules request) {
    }

    /** The version in force during one day (by the clock's zone), so that a screen need not work out the date. */
    private record Today(long fromMillis, long untilMillis, Compiled compiled) {
    }

    private volatile Today today;

    private ComplianceEngine(Clock clock, RuleSetHistory history) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.history = history;
        List<Compiled> all = new ArrayList<>();
        for (RuleSet set : history.versions()) {
            all.add(new Compiled(set, TextScreener.compile(set), new RequestRules(set)));
        }
        this.compiled = List.copyOf(all);
    }

    /** An engine with the rule set it ships ({@link RuleSet#defaults()}). */
    public static ComplianceEngine withDefaultRules(Clock clock) {
        return of(clock, RuleSet.defaults());
    }

    /**
     * An engine holding the rule set it ships and the versions in the given rule-set files, as an application
     * configures it. Each file is read and its rules compiled on their own first, so that a problem is reported
     * with the file, the line (of the field or rule at fault) and what is wrong; then the versions are put
     * together (no version twice, no two taking effect on the same day).
     *
     * @throws RuleSetException naming the file, the line when known, and the problem
     */
    public static ComplianceEngine withDefaultRulesAnd(Clock clock, List<Path> ruleFiles) {
        List<RuleSet> sets = new ArrayList<>();
        sets.add(RuleSet.defaults());
        List<RuleSetReader.Document> documents = new ArrayList<>();
        for (Path file : ruleFiles) {
            RuleSetReader.Document document = RuleSetReader.readDocument(file);
            try {
                new ComplianceEngine(clock, RuleSetHistory.of(List.of(document.ruleSet())));
            } catch (RuleSetException compiled) {
                throw compiled.placedAt(document.name(),
                        compiled.ruleId().map(document::lineOfRule).orElse(0));
            }
            documents.add(document);
            sets.add(document.ruleSet());
        }
        try {
            return of(clock, sets);
        } catch (IllegalArgumentException together) {
            RuleSetReader.Document culprit = documents.stream()
                    .filter(d -> together.getMessage().contains(" " + d.ruleSet().version() + " "))
                    .reduce((first, second) -> second).orElse(documents.get(documents.size() - 1));
            throw RuleSetException.at(culprit.name(), culprit.versionLine(), together.getMessage(), together);
        }
    }

    /** An engine holding the given rule-set versions. */
    public static ComplianceEngine of(Clock clock, RuleSet... ruleSets) {
        return of(clock, Arrays.asList(ruleSets));
    }

    /** An engine holding the given rule-set versions. */
    public static ComplianceEngine of(Clock clock, List<RuleSet> ruleSets) {
        return new ComplianceEngine(clock, RuleSetHistory.of(ruleSets));
    }

    /** The rule-set versions the engine holds. */
    public RuleSetHistory history() {
        return history;
    }

    /** Screens with the rule set in force today (by the engine's clock, in its zone). */
    public ScreeningResult screen(ScreeningRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        Instant now = clock.instant();
        long millis = now.toEpochMilli();
        Today day = today;
        if (day == null || millis < day.fromMillis() || millis >= day.untilMillis()) {
            LocalDate date = LocalDate.ofInstant(now, clock.getZone());
            day = new Today(date.atStartOfDay(clock.getZone()).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(clock.getZone()).toInstant().toEpochMilli(), inForce(date));
            today = day;
        }
        return screen(request, day.compiled(), now);
    }

    /**
     * Screens with the rule set that was in force on the given date, for example to reproduce an assessment made
     * then.
     *
     * @throws NoRuleSetInForceException if no version held was in force on the date
     */
    public ScreeningResult screenAsAt(ScreeningRequest request, LocalDate asAt) {
        Objects.requireNonNull(request, "request must not be null");
        return screen(request, inForce(Objects.requireNonNull(asAt, "date must not be null")), clock.instant());
    }

    private ScreeningResult screen(ScreeningRequest request, Compiled version, Instant now) {
        List<Finding> findings = version.text().screen(request.text(), request.channel());
        if (!request.media().isEmpty() || request.context() != ScreeningContext.none()) {
            List<Finding> all = new ArrayList<>(findings.size() + 2);
            version.request().screen(request, all);
            all.addAll(findings);
            findings = all;
        }
        return new ScreeningResult(request.text(), request.channel(), findings, version.ruleSet().version(), now);
    }

    private Compiled inForce(LocalDate date) {
        Compiled found = null;
        for (Compiled c : compiled) {
            if (!c.ruleSet().effectiveFrom().isAfter(date)) {
                found = c;
            }
        }
        if (found == null) {
            throw new NoRuleSetInForceException(date, compiled.get(0).ruleSet().effectiveFrom());
        }
        return found;
    }
}
