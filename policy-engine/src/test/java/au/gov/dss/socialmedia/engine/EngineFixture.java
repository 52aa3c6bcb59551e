package au.gov.dss.socialmedia.engine;

import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/** Shared set-up for engine tests: one engine with the shipped rules and a clock that stands still. */
public final class EngineFixture {

    /** When every fixture screen happens. */
    public static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    /** A clock standing at {@link #NOW} in Canberra's zone. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Australia/Sydney"));

    private static final ComplianceEngine ENGINE = ComplianceEngine.withDefaultRules(CLOCK);

    private EngineFixture() {
    }

    /** The engine with the shipped rules (built once; engines are immutable and shared). */
    public static ComplianceEngine engine() {
        return ENGINE;
    }

    /** Screens text on a channel with the shipped rules. */
    public static ScreeningResult screen(String text, Channel channel) {
        return ENGINE.screen(ScreeningRequest.of(text, channel));
    }

    /** The findings of a category. */
    public static List<Finding> findings(ScreeningResult result, Category category) {
        return result.findings().stream().filter(f -> f.category() == category).collect(Collectors.toList());
    }

    /** The findings of a category and type. */
    public static List<Finding> findings(ScreeningResult result, Category category, String type) {
        return result.findings().stream().filter(f -> f.category() == category && type.equals(f.type()))
                .collect(Collectors.toList());
    }

    /** The text each finding covers, in order. */
    public static List<String> covered(String text, List<Finding> findings) {
        return findings.stream().map(f -> f.span().of(text)).collect(Collectors.toList());
    }
}
