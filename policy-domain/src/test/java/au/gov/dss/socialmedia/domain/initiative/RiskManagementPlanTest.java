package au.gov.dss.socialmedia.domain.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.EmployeeId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RiskManagementPlanTest {

    private static final EmployeeId OWNER = EmployeeId.of("E200002");

    @Test
    void a_risk_is_rated_from_the_matrix() {
        Risk risk = Risk.identified("Negative media coverage", Likelihood.POSSIBLE, Consequence.SEVERE);
        assertEquals(RiskRating.EXTREME, risk.rating());
        assertTrue(risk.requiresTreatment());
    }

    @Test
    void a_high_risk_without_a_control_or_an_owner_lacks_both_and_its_monitoring() {
        Risk risk = Risk.identified("Trolling", Likelihood.LIKELY, Consequence.MODERATE);
        assertEquals(RiskRating.HIGH, risk.rating());
        assertEquals(List.of(
                "risk 'Trolling' is rated HIGH and needs at least one control",
                "risk 'Trolling' is rated HIGH and needs an owner",
                "risk 'Trolling' does not say how it is monitored"), risk.gaps());
    }

    @Test
    void an_extreme_risk_with_a_control_an_owner_and_its_monitoring_lacks_nothing() {
        Risk risk = Risk.identified("Disclosure of a client's details", Likelihood.POSSIBLE, Consequence.SEVERE)
                .withControls("Pre-moderation of comments").ownedBy(OWNER).monitoredBy("Daily check");
        assertEquals(List.of(), risk.gaps());
    }

    @Test
    void a_low_or_medium_risk_needs_no_control_or_owner_but_must_say_how_it_is_monitored() {
        Risk low = Risk.identified("Typo in a post", Likelihood.POSSIBLE, Consequence.INSIGNIFICANT);
        Risk medium = Risk.identified("Low engagement", Likelihood.LIKELY, Consequence.MINOR);
        assertEquals(RiskRating.LOW, low.rating());
        assertEquals(RiskRating.MEDIUM, medium.rating());
        assertEquals(List.of("risk 'Typo in a post' does not say how it is monitored"), low.gaps());
        assertEquals(List.of(), medium.monitoredBy("Monthly analytics").gaps());
    }

    @Test
    void a_risk_needs_a_description() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Risk.identified(" ", Likelihood.RARE, Consequence.MINOR));
        assertTrue(e.getMessage().contains("risk description"), e.getMessage());
    }

    @Test
    void a_blank_control_is_refused_naming_the_field() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Risk.identified("Trolling", Likelihood.LIKELY, Consequence.MODERATE).withControls(""));
        assertTrue(e.getMessage().contains("risk control"), e.getMessage());
    }

    @Test
    void a_risk_has_a_likelihood_and_a_consequence() {
        assertThrows(NullPointerException.class, () -> Risk.identified("Trolling", null, Consequence.MODERATE));
        assertThrows(NullPointerException.class, () -> Risk.identified("Trolling", Likelihood.LIKELY, null));
        assertThrows(NullPointerException.class, () -> new Risk("Trolling", Likelihood.LIKELY,
                Consequence.MODERATE, List.of(), null, ""));
    }

    @Test
    void an_empty_plan_must_list_at_least_one_risk() {
        assertEquals(List.of("the risk management plan must list at least one risk"),
                RiskManagementPlan.empty().gaps());
        assertFalse(RiskManagementPlan.empty().isComplete());
        assertEquals(Optional.empty(), RiskManagementPlan.empty().highestRating());
    }

    @Test
    void a_plan_lists_the_gaps_of_each_of_its_risks_in_order() {
        RiskManagementPlan plan = RiskManagementPlan.of(
                Risk.identified("Trolling", Likelihood.LIKELY, Consequence.MODERATE).withControls("Moderation")
                        .monitoredBy("Weekly"),
                Risk.identified("Typo", Likelihood.RARE, Consequence.MINOR));
        assertEquals(List.of("risk 'Trolling' is rated HIGH and needs an owner",
                "risk 'Typo' does not say how it is monitored"), plan.gaps());
    }

    @Test
    void the_fixture_plan_is_complete_and_its_highest_risk_is_high() {
        RiskManagementPlan plan = InitiativeFixture.completeRiskPlan();
        assertTrue(plan.isComplete());
        assertEquals(Optional.of(RiskRating.HIGH), plan.highestRating());
        assertEquals(List.of(InitiativeFixture.treatedHighRisk()), plan.risksRequiringTreatment());
    }

    @Test
    void a_plan_lists_at_most_one_hundred_risks() {
        Risk risk = InitiativeFixture.monitoredLowRisk();
        List<Risk> risks = java.util.Collections.nCopies(RiskManagementPlan.MAX_RISKS + 1, risk);
        assertThrows(IllegalArgumentException.class, () -> new RiskManagementPlan(risks));
    }
}
