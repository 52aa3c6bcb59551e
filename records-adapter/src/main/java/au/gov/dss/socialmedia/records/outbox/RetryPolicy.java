package au.gov.dss.socialmedia.records.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed record again: exponential backoff ({@code base * 2^(attempt-1)}, at most {@code max}) with
 * "equal jitter" (half the delay fixed, half random) so that records that failed together do not all come back
 * together; after {@code maxAttempts} attempts the record is parked.
 *
 * @param maxAttempts attempts before a record is parked as FAILED (at least 1)
 * @param base the delay after the first failure
 * @param max the longest delay
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration max) {

    /** The default: 8 attempts, 10 s doubling to at most 1 h (about 1 h 40 min before a record is parked). */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(10), Duration.ofHours(1));

    /** Refuses fewer than one attempt and non-positive delays. */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be at least 1, but was " + maxAttempts);
        }
        Objects.requireNonNull(base, "base delay must not be null");
        Objects.requireNonNull(max, "max delay must not be null");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("delays must be positive with max >= base");
        }
    }

    /**
     * The delay before the next attempt after attempt number {@code attempt} failed, or empty when that was the
     * last attempt.
     */
    public Optional<Duration> delayAfter(int attempt, RandomGenerator random) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        long baseMillis = base.toMillis();
        int shift = Math.min(Math.max(attempt - 1, 0), 40);
        long exponential = baseMillis > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseMillis << shift;
        long capped = Math.min(exponential, max.toMillis());
        long half = capped / 2;
        long jitter = half == 0 ? 0 : random.nextLong(half + 1);
        return Optional.of(Duration.ofMillis(capped - half + jitter));
    }
}
