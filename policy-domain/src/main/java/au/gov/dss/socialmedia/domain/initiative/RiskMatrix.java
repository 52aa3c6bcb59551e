package au.gov.dss.socialmedia.domain.initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The 5x5 risk matrix that rates a risk from its likelihood and consequence. It is a conventional Australian
 * Government matrix in the style of AS/NZS ISO 31000:2018 and the Comcover risk management guidance: the rating
 * never decreases as likelihood or consequence increases, and consequence weighs slightly more than likelihood.
 *
 * <pre>
 * Likelihood \ Consequence | Insignificant | Minor   | Moderate | Major   | Severe
 * -------------------------+---------------+---------+----------+---------+---------
 * Almost certain (5)       | MEDIUM        | HIGH    | HIGH     | EXTREME | EXTREME
 * Likely         (4)       | MEDIUM        | MEDIUM  | HIGH     | HIGH    | EXTREME
 * Possible       (3)       | LOW           | MEDIUM  | MEDIUM   | HIGH    | EXTREME
 * Unlikely       (2)       | LOW           | LOW     | MEDIUM   | HIGH    | HIGH
 * Rare           (1)       | LOW           | LOW     | LOW      | MEDIUM  | HIGH
 * </pre>
 *
 * The admin app shows it as a heat map from {@link #cells()}.
 */
public final class RiskMatrix {

    private static final RiskRating L = RiskRating.LOW;
    private static final RiskRating M = RiskRating.MEDIUM;
    private static final RiskRating H = RiskRating.HIGH;
    private static final RiskRating E = RiskRating.EXTREME;

    /** Indexed by [likelihood.ordinal()][consequence.ordinal()], rare first, insignificant first. */
    private static final RiskRating[][] RATINGS = {
            {L, L, L, M, H}, // rare
            {L, L, M, H, H}, // unlikely
            {L, M, M, H, E}, // possible
            {M, M, H, H, E}, // likely
            {M, H, H, E, E}, // almost certain
    };

    private RiskMatrix() {
    }

    /**
     * One cell of the matrix.
     *
     * @param likelihood the row
     * @param consequence the column
     * @param rating the rating of a risk with this likelihood and consequence
     */
    public record Cell(Likelihood likelihood, Consequence consequence, RiskRating rating) {
        /** Refuses missing parts. */
        public Cell {
            Objects.requireNonNull(likelihood, "cell likelihood must not be null");
            Objects.requireNonNull(consequence, "cell consequence must not be null");
            Objects.requireNonNull(rating, "cell rating must not be null");
        }
    }

    /** The rating of a risk with the given likelihood and consequence, as in the table above. */
    public static RiskRating rate(Likelihood likelihood, Consequence consequence) {
        Objects.requireNonNull(likelihood, "likelihood must not be null");
        Objects.requireNonNull(consequence, "consequence must not be null");
        return RATINGS[likelihood.ordinal()][consequence.ordinal()];
    }

    /**
     * All 25 cells as data, for the heat map: ordered by likelihood (rare first), then consequence (insignificant
     * first).
     */
    public static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>(25);
        for (Likelihood likelihood : Likelihood.values()) {
            for (Consequence consequence : Consequence.values()) {
                cells.add(new Cell(likelihood, consequence, rate(likelihood, consequence)));
            }
        }
        return List.copyOf(cells);
    }
}
