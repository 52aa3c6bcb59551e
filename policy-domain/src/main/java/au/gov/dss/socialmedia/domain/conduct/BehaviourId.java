package au.gov.dss.socialmedia.domain.conduct;

/**
 * Identifies one behaviour within its conduct matter, so that a finding or a fine can name the behaviour it is
 * about. Behaviours are numbered from 1 in the order they were reported; the number is unique within the matter
 * only.
 *
 * @param number 1 or more
 */
public record BehaviourId(int number) implements Comparable<BehaviourId> {

    /** Refuses a number below 1. */
    public BehaviourId {
        if (number < 1) {
            throw new IllegalArgumentException("behaviour number must be at least 1, but was " + number);
        }
    }

    /** The behaviour with the given number. */
    public static BehaviourId of(int number) {
        return new BehaviourId(number);
    }

    @Override
    public int compareTo(BehaviourId other) {
        return Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return "B" + number;
    }
}
