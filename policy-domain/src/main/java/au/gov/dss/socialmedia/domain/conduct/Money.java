package au.gov.dss.socialmedia.domain.conduct;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Australian dollars, with exactly two decimal places and never negative: a salary, a reduced salary
 * or a fine deducted from salary. Two amounts are equal when they are the same number of cents.
 *
 * @param amount the amount in AUD, at most two decimal places, at least zero (kept with scale 2)
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** No money at all. */
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    /** Refuses a null or negative amount, or one with fractions of a cent. */
    public Money {
        Objects.requireNonNull(amount, "money amount must not be null");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("money amount must not be negative, but was " + amount.toPlainString());
        }
        try {
            amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money amount must have at most 2 decimal places, but was "
                    + amount.toPlainString(), e);
        }
    }

    /** The amount written in decimal, for example {@code "85000.00"}. */
    public static Money of(String amount) {
        Objects.requireNonNull(amount, "money amount must not be null");
        try {
            return new Money(new BigDecimal(amount.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("money amount must be a decimal number, but was '" + amount + "'", e);
        }
    }

    /** The amount of the given number of cents. */
    public static Money ofCents(long cents) {
        return new Money(BigDecimal.valueOf(cents, 2));
    }

    /** The sum of this amount and the other. */
    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    /** The given share of this amount (for example 0.02 for 2%), rounded down to the cent. */
    public Money shareRoundedDown(BigDecimal share) {
        return new Money(amount.multiply(share).setScale(2, RoundingMode.DOWN));
    }

    /** Whether this amount is more than the other. */
    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    /** Whether this amount is less than the other. */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** Whether this amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return "AUD " + amount.toPlainString();
    }
}
