package au.gov.dss.socialmedia.domain.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock for tests that stands still until a test moves it. Starts at 2026-03-02T00:00:00Z (Canberra morning). */
public final class TestClock extends Clock {

    /** Where every test clock starts. */
    public static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    private static final ZoneId CANBERRA = ZoneId.of("Australia/Sydney");

    private Instant now;

    /** A clock at {@link #START}. */
    public TestClock() {
        this(START);
    }

    /** A clock at the given instant. */
    public TestClock(Instant now) {
        this.now = now;
    }

    /** Moves the clock forward. */
    public TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    /** Moves the clock forward by whole days. */
    public TestClock advanceDays(long days) {
        return advance(Duration.ofDays(days));
    }

    /** Sets the clock to the given instant. */
    public TestClock setTo(Instant instant) {
        now = instant;
        return this;
    }

    @Override
    public ZoneId getZone() {
        return CANBERRA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
