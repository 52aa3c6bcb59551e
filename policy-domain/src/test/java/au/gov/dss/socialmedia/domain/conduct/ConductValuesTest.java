package au.gov.dss.socialmedia.domain.conduct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.common.PostId;
import au.gov.dss.socialmedia.domain.conduct.Sanction.FineBySalaryDeduction;
import au.gov.dss.socialmedia.domain.conduct.Sanction.ReductionInClassification;
import au.gov.dss.socialmedia.domain.conduct.Sanction.ReductionInSalary;
import au.gov.dss.socialmedia.domain.conduct.Sanction.Reprimand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConductValuesTest {

    @Test
    void money_is_australian_dollars_with_two_decimals_and_never_negative() {
        assertEquals(Money.of("1.5"), Money.of("1.50"));
        assertEquals(new BigDecimal("1.50"), Money.of("1.5").amount());
        assertEquals(Money.ofCents(150), Money.of("1.50"));
        assertEquals("AUD 2000.01", Money.of("2000.01").toString());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class, () -> Money.of("1.005"));
        assertTrue(fraction.getMessage().contains("money amount"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("-0.01"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("ten dollars"));
        assertThrows(NullPointerException.class, () -> new Money(null));
        assertTrue(Money.of("2000.01").isMoreThan(Money.of("2000.00")));
    }

    @Test
    void the_code_of_conduct_has_the_thirteen_elements_of_section_13() {
        CodeOfConductElement[] elements = CodeOfConductElement.values();
        assertEquals(13, elements.length);
        for (int i = 0; i < elements.length; i++) {
            assertEquals(i + 1, elements[i].subsection());
            assertEquals(elements[i], CodeOfConductElement.ofSubsection(i + 1));
            assertFalse(elements[i].summary().isBlank());
        }
        assertEquals("s13(3)", CodeOfConductElement.RESPECT_AND_COURTESY.citation());
        assertThrows(IllegalArgumentException.class, () -> CodeOfConductElement.ofSubsection(14));
    }

    @Test
    void the_sanctions_are_the_six_of_section_15_1() {
        assertEquals(List.of("s15(1)(a)", "s15(1)(b)", "s15(1)(c)", "s15(1)(d)", "s15(1)(e)", "s15(1)(f)"),
                Stream.of(SanctionKind.values()).map(SanctionKind::citation).toList());
        Set<SanctionKind> kinds = new HashSet<>();
        for (Sanction sanction : List.of(new Sanction.Termination(), ReductionInClassification.of("APS6", "APS5"),
                new Sanction.ReassignmentOfDuties("Records team"), new ReductionInSalary(Money.of("80000"), null),
                new FineBySalaryDeduction(BehaviourId.of(1), Money.of("10")), new Reprimand("Reprimand"))) {
            kinds.add(sanction.kind());
        }
        assertEquals(EnumSet.allOf(SanctionKind.class), kinds, "each sanction record is one of the six kinds");
        assertEquals(6, Sanction.class.getPermittedSubclasses().length);
    }

    @Test
    void a_reduction_in_classification_goes_to_a_lower_classification() {
        ReductionInClassification reduction = ReductionInClassification.of("APS6", "APS 5");
        assertEquals(ApsClassification.APS6, reduction.from());
        assertEquals(ApsClassification.APS5, reduction.to());
        assertEquals(ApsClassification.EL1, ApsClassification.of("el 1"));
        assertEquals(ApsClassification.SES1, ApsClassification.of("SES Band 1"));
        assertThrows(IllegalArgumentException.class, () -> ReductionInClassification.of("APS5", "APS6"));
        assertThrows(IllegalArgumentException.class, () -> ReductionInClassification.of("EL1", "EL1"));
        assertThrows(IllegalArgumentException.class, () -> ApsClassification.of("APS7"));
    }

    @Test
    void a_fine_a_salary_reduction_and_a_reprimand_are_never_empty() {
        assertThrows(IllegalArgumentException.class, () -> new FineBySalaryDeduction(BehaviourId.of(1), Money.ZERO));
        assertThrows(NullPointerException.class, () -> new FineBySalaryDeduction(null, Money.of("1")));
        assertThrows(IllegalArgumentException.class, () -> new ReductionInSalary(Money.ZERO, "12 months"));
        assertThrows(IllegalArgumentException.class, () -> new Reprimand(" "));
        assertThrows(IllegalArgumentException.class, () -> new Sanction.ReassignmentOfDuties(""));
    }

    @Test
    void a_behaviour_names_at_least_one_element_of_the_code_and_has_a_positive_number() {
        assertThrows(IllegalArgumentException.class, () -> new Behaviour(BehaviourId.of(1), "A post",
                LocalDate.of(2026, 2, 1), List.of(), EnumSet.noneOf(CodeOfConductElement.class),
                EnumSet.of(PolicyClause.PERSONAL_NOT_OFFENSIVE)));
        assertThrows(IllegalArgumentException.class, () -> BehaviourId.of(0));
        assertEquals("B2", BehaviourId.of(2).toString());
        Behaviour behaviour = ConductMatterFixture.derogatoryPostAboutManager();
        assertTrue(behaviour.mayBreach(CodeOfConductElement.RESPECT_AND_COURTESY));
        assertFalse(behaviour.mayBreach(CodeOfConductElement.PROPER_USE_OF_RESOURCES));
        assertThrows(UnsupportedOperationException.class, () -> behaviour.elements().clear());
    }

    @Test
    void evidence_names_a_recorded_post_only_when_it_is_one() {
        PostId post = PostId.newId();
        assertEquals(post, Evidence.recordedPost(post, "The post").postIfAny().orElseThrow());
        assertThrows(IllegalArgumentException.class,
                () -> new Evidence(EvidenceKind.RECORDED_POST, "The post", null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Evidence(EvidenceKind.SCREENSHOT, "A screenshot", post, null));
        assertTrue(Evidence.document("An email", " ").referenceIfAny().isEmpty());
        assertEquals("D26/1", Evidence.document("An email", "D26/1").referenceIfAny().orElseThrow());
    }

    @Test
    void a_finding_of_breach_names_the_elements_breached_and_a_finding_of_no_breach_names_none() {
        assertThrows(IllegalArgumentException.class,
                () -> new BehaviourFinding(BehaviourId.of(1), true, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> new BehaviourFinding(BehaviourId.of(1), false,
                Set.of(CodeOfConductElement.RESPECT_AND_COURTESY)));
        assertTrue(BehaviourFinding.breached(BehaviourId.of(1), CodeOfConductElement.RESPECT_AND_COURTESY)
                .breached());
    }

    @Test
    void a_delegate_acts_under_a_recorded_delegation() {
        assertThrows(IllegalArgumentException.class, () -> new Delegate(ConductMatterFixture.DELEGATE_OFFICER, " "));
        assertThrows(NullPointerException.class, () -> new Delegate(null, "Delegation"));
    }
}
