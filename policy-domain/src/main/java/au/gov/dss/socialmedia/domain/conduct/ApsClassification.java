package au.gov.dss.socialmedia.domain.conduct;

import java.util.Locale;
import java.util.Objects;

/**
 * An APS classification, from APS Level 1 up to SES Band 3, in ascending order, as a reduction in classification
 * names it (for example {@code APS6} to {@code APS5}).
 */
public enum ApsClassification {
    /** APS Level 1. */
    APS1,
    /** APS Level 2. */
    APS2,
    /** APS Level 3. */
    APS3,
    /** APS Level 4. */
    APS4,
    /** APS Level 5. */
    APS5,
    /** APS Level 6. */
    APS6,
    /** Executive Level 1. */
    EL1,
    /** Executive Level 2. */
    EL2,
    /** Senior Executive Service Band 1. */
    SES1,
    /** Senior Executive Service Band 2. */
    SES2,
    /** Senior Executive Service Band 3. */
    SES3;

    /** Whether this classification is below the other. */
    public boolean isBelow(ApsClassification other) {
        return compareTo(other) < 0;
    }

    /** The classification written like {@code APS6}, {@code APS 6}, {@code EL1} or {@code SES Band 1}. */
    public static ApsClassification of(String text) {
        Objects.requireNonNull(text, "classification must not be null");
        String compact = text.strip().toUpperCase(Locale.ROOT).replace("BAND", "").replace(" ", "");
        for (ApsClassification classification : values()) {
            if (classification.name().equals(compact)) {
                return classification;
            }
        }
        throw new IllegalArgumentException("classification must be APS1 to APS6, EL1, EL2 or SES1 to SES3, but was '"
                + text + "'");
    }
}
