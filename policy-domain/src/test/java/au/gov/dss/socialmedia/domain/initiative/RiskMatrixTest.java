package au.gov.dss.socialmedia.domain.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RiskMatrixTest {

    @ParameterizedTest(name = "{0} x {1} is {2}")
    @CsvSource({
            // the table documented on RiskMatrix, row by row from the top
            "ALMOST_CERTAIN, INSIGNIFICANT, MEDIUM",
            "ALMOST_CERTAIN, MINOR,         HIGH",
            "ALMOST_CERTAIN, MODERATE,      HIGH",
            "ALMOST_CERTAIN, MAJOR,         EXTREME",
            "ALMOST_CERTAIN, SEVERE,        EXTREME",
            "LIKELY,         INSIGNIFICANT, MEDIUM",
            "LIKELY,         MINOR,         MEDIUM",
            "LIKELY,         MODERATE,      HIGH",
            "LIKELY,         MAJOR,         HIGH",
            "LIKELY,         SEVERE,        EXTREME",
            "POSSIBLE,       INSIGNIFICANT, LOW",
            "POSSIBLE,       MINOR,         MEDIUM",
            "POSSIBLE,       MODERATE,      MEDIUM",
            "POSSIBLE,       MAJOR,         HIGH",
            "POSSIBLE,       SEVERE,        EXTREME",
            "UNLIKELY,       INSIGNIFICANT, LOW",
            "UNLIKELY,       MINOR,         LOW",
            "UNLIKELY,       MODERATE,      MEDIUM",
            "UNLIKELY,       MAJOR,         HIGH",
            "UNLIKELY,       SEVERE,        HIGH",
            "RARE,           INSIGNIFICANT, LOW",
            "RARE,           MINOR,         LOW",
            "RARE,           MODERATE,      LOW",
            "RARE,           MAJOR,         MEDIUM",
            "RARE,           SEVERE,        HIGH",
    })
    void the_matrix_rates_every_likelihood_and_consequence_as_documented(Likelihood likelihood,
                                                                         Consequence consequence,
                                                                         RiskRating expected) {
        assertEquals(expected, RiskMatrix.rate(likelihood, consequence));
        assertEquals(expected, Risk.identified("a risk", likelihood, consequence).rating());
    }

    @Test
    void the_matrix_as_data_has_one_cell_for_each_of_the_25_combinations_in_row_order() {
        List<RiskMatrix.Cell> cells = RiskMatrix.cells();

        assertEquals(25, cells.size());
        Set<String> combinations = new HashSet<>();
        for (RiskMatrix.Cell cell : cells) {
            assertTrue(combinations.add(cell.likelihood() + "/" + cell.consequence()), "duplicate " + cell);
            assertEquals(RiskMatrix.rate(cell.likelihood(), cell.consequence()), cell.rating());
        }
        assertEquals(new RiskMatrix.Cell(Likelihood.RARE, Consequence.INSIGNIFICANT, RiskRating.LOW), cells.get(0));
        assertEquals(new RiskMatrix.Cell(Likelihood.RARE, Consequence.SEVERE, RiskRating.HIGH), cells.get(4));
        assertEquals(new RiskMatrix.Cell(Likelihood.ALMOST_CERTAIN, Consequence.SEVERE, RiskRating.EXTREME),
                cells.get(24));
    }

    @Test
    void a_rating_never_decreases_as_likelihood_or_consequence_increases() {
        for (Likelihood likelihood : Likelihood.values()) {
            for (Consequence consequence : Consequence.values()) {
                RiskRating rating = RiskMatrix.rate(likelihood, consequence);
                if (likelihood.ordinal() > 0) {
                    Likelihood lower = Likelihood.values()[likelihood.ordinal() - 1];
                    assertTrue(RiskMatrix.rate(lower, consequence).compareTo(rating) <= 0, likelihood + "/"
                            + consequence);
                }
                if (consequence.ordinal() > 0) {
                    Consequence lower = Consequence.values()[consequence.ordinal() - 1];
                    assertTrue(RiskMatrix.rate(likelihood, lower).compareTo(rating) <= 0, likelihood + "/"
                            + consequence);
                }
            }
        }
    }

    @Test
    void every_rating_appears_in_the_matrix() {
        Set<RiskRating> used = new HashSet<>();
        RiskMatrix.cells().forEach(cell -> used.add(cell.rating()));
        assertEquals(Set.of(RiskRating.values()), used);
    }

    @ParameterizedTest
    @CsvSource({"LOW, false", "MEDIUM, false", "HIGH, true", "EXTREME, true"})
    void only_high_and_extreme_risks_require_treatment(RiskRating rating, boolean requiresTreatment) {
        assertEquals(requiresTreatment, rating.requiresTreatment());
    }

    @Test
    void both_scales_run_from_one_to_five() {
        assertEquals(1, Likelihood.RARE.level());
        assertEquals(5, Likelihood.ALMOST_CERTAIN.level());
        assertEquals(1, Consequence.INSIGNIFICANT.level());
        assertEquals(5, Consequence.SEVERE.level());
        assertEquals(5, Likelihood.values().length);
        assertEquals(5, Consequence.values().length);
        assertEquals("Almost certain", Likelihood.ALMOST_CERTAIN.label());
    }
}
