package au.gov.dss.socialmedia.domain.authorisation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When an authorisation is valid: from {@code from} (inclusive) until {@code until} (exclusive).
 *
 * <p>The policy wants CMB to keep authorisations under review, so CMB never grants or renews for longer than
 * {@link #MAXIMUM_TERM} ahead: a grant's period is at most that long, and a renewal may set the end at most that
 * far after the renewal. A period that has been renewed may therefore be longer in total, which is why the
 * maximum is a rule of granting and renewing (refusal code {@code PERIOD_TOO_LONG}), not of this value.
 *
 * @param from the first instant of validity
 * @param until the first instant after the period; after {@code from}
 */
public record ValidityPeriod(Instant from, Instant until) {

    /**
     * The longest CMB grants or renews an authorisation for in one decision: two years (731 days, so that two
     * calendar years including a 29 February fit).
     */
    public static final Duration MAXIMUM_TERM = Duration.ofDays(731);

    /** Refuses missing instants and an end that is not after the start. */
    public ValidityPeriod {
        Objects.requireNonNull(from, "validity period start (from) must not be null");
        Objects.requireNonNull(until, "validity period end (until) must not be null");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("validity period end (until) must be after its start (from), but was "
                    + from + " to " + until);
        }
    }

    /** The period starting at {@code from} and lasting {@code length}. */
    public static ValidityPeriod starting(Instant from, Duration length) {
        Objects.requireNonNull(from, "validity period start (from) must not be null");
        Objects.requireNonNull(length, "validity period length must not be null");
        return new ValidityPeriod(from, from.plus(length));
    }

    /** Whether the instant lies within the period ({@code from <= at < until}). */
    public boolean contains(Instant at) {
        return hasStartedAt(at) && !hasEndedAt(at);
    }

    /** Whether the period has started at the instant ({@code at >= from}). */
    public boolean hasStartedAt(Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        return !at.isBefore(from);
    }

    /** Whether the period has ended at the instant ({@code at >= until}). */
    public boolean hasEndedAt(Instant at) {
        Objects.requireNonNull(at, "instant must not be null");
        return !at.isBefore(until);
    }

    /** Whether the period ends within {@code [start, end)}. */
    public boolean endsBetween(Instant start, Instant end) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        return !until.isBefore(start) && until.isBefore(end);
    }

    /** How long the period is. */
    public Duration length() {
        return Duration.between(from, until);
    }

    /** The same start with a new end. */
    public ValidityPeriod extendedTo(Instant newUntil) {
        return new ValidityPeriod(from, newUntil);
    }

    @Override
    public String toString() {
        return from + " to " + until;
    }
}
