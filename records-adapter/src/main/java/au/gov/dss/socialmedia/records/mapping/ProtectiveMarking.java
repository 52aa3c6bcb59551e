package au.gov.dss.socialmedia.records.mapping;

import java.util.Objects;
import java.util.Optional;

/**
 * The security classification of a record and its information management marker, if any (Protective Security
 * Policy Framework). Records are {@link #OFFICIAL} unless the event says otherwise; conduct matters are
 * {@code OFFICIAL: Sensitive} with the {@code Personal privacy} marker.
 *
 * @param classification the classification as written on a document, for example {@code OFFICIAL: Sensitive}
 * @param marker the information management marker, for example {@code Personal privacy}, or empty
 */
public record ProtectiveMarking(String classification, Optional<String> marker) {

    /** The default marking: OFFICIAL, no marker. */
    public static final ProtectiveMarking OFFICIAL = new ProtectiveMarking("OFFICIAL", Optional.empty());

    /** Refuses a blank classification. */
    public ProtectiveMarking {
        Objects.requireNonNull(classification, "classification must not be null");
        if (classification.isBlank()) {
            throw new IllegalArgumentException("classification must not be blank");
        }
        Objects.requireNonNull(marker, "marker must not be null (use Optional.empty())");
        marker = marker.filter(text -> !text.isBlank());
    }

    /** Whether the record needs more care than OFFICIAL (a higher classification or a marker). */
    public boolean isSensitive() {
        return !classification.equals("OFFICIAL") || marker.isPresent();
    }

    /** The marking as a document shows it at top and bottom, for example {@code OFFICIAL: Sensitive, Personal privacy}. */
    public String label() {
        return marker.map(m -> classification + ", " + m).orElse(classification);
    }

    @Override
    public String toString() {
        return label();
    }
}
