package au.gov.dss.socialmedia.engine.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleSetHistoryTest {

    private static final RuleSet V1 = RuleSet.defaults();
    private static final RuleSet V2 = new RuleSet(new PolicyVersion("2027.01-1"), LocalDate.of(2027, 1, 1), "next",
            V1.rules(), V1.allow(), V1.official(), V1.reflectionQuestions());

    @Test
    void the_version_in_force_is_the_latest_that_took_effect_on_or_before_the_date() {
        RuleSetHistory history = RuleSetHistory.of(List.of(V2, V1));
        assertEquals(List.of(V1, V2), history.versions());
        assertEquals(V1, history.inForceAt(LocalDate.of(2026, 12, 31)).orElseThrow());
        assertEquals(V2, history.inForceAt(LocalDate.of(2027, 1, 1)).orElseThrow());
        assertTrue(history.inForceAt(LocalDate.of(2014, 11, 30)).isEmpty());
        assertEquals(V2, history.version("2027.01-1").orElseThrow());
    }

    @Test
    void refuses_no_versions_and_a_version_given_twice() {
        assertThrows(IllegalArgumentException.class, () -> RuleSetHistory.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> RuleSetHistory.of(List.of(V1, V1)));
    }
}
