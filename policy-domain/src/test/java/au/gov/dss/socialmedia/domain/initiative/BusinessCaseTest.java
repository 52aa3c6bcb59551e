package au.gov.dss.socialmedia.domain.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BusinessCaseTest {

    @Test
    void an_empty_business_case_lacks_every_part_in_the_order_of_the_form() {
        assertEquals(List.of("objectives", "audience", "channels", "resourcing", "measures of success", "duration"),
                BusinessCase.empty().missingParts());
        assertFalse(BusinessCase.empty().isComplete());
    }

    @Test
    void a_complete_business_case_lacks_nothing() {
        assertEquals(List.of(), InitiativeFixture.completeBusinessCase().missingParts());
        assertTrue(InitiativeFixture.completeBusinessCase().isComplete());
    }

    static Stream<Arguments> parts() {
        BusinessCase c = InitiativeFixture.completeBusinessCase();
        return Stream.of(
                Arguments.of("objectives", c.withObjectives(" ")),
                Arguments.of("audience", c.withAudience("")),
                Arguments.of("channels", c.withChannels()),
                Arguments.of("resourcing", c.withResourcing(null)),
                Arguments.of("measures of success", c.withMeasuresOfSuccess("\t")),
                Arguments.of("duration", new BusinessCase(c.objectives(), c.audience(), c.channels(), c.resourcing(),
                        c.measuresOfSuccess(), Optional.empty())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void a_part_left_empty_is_named_as_missing(String part, BusinessCase businessCase) {
        assertEquals(List.of(part), businessCase.missingParts());
    }

    @Test
    void text_is_kept_without_surrounding_white_space() {
        BusinessCase businessCase = BusinessCase.empty().withObjectives("  Inform parents  ")
                .withChannels(" Facebook ");
        assertEquals("Inform parents", businessCase.objectives());
        assertEquals(List.of("Facebook"), businessCase.channels());
    }

    @Test
    void a_channel_cannot_be_blank() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BusinessCase.empty().withChannels("Facebook", " "));
        assertTrue(e.getMessage().contains("business case channel"), e.getMessage());
    }

    @Test
    void a_channel_cannot_be_named_twice_ignoring_case() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BusinessCase.empty().withChannels("Facebook", "facebook"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }

    @Test
    void a_business_case_names_at_most_twenty_channels() {
        String[] channels = new String[BusinessCase.MAX_CHANNELS + 1];
        for (int i = 0; i < channels.length; i++) {
            channels[i] = "Channel " + i;
        }
        assertThrows(IllegalArgumentException.class, () -> BusinessCase.empty().withChannels(channels));
    }

    @Test
    void over_long_objectives_are_refused_naming_the_field() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BusinessCase.empty().withObjectives("x".repeat(4001)));
        assertTrue(e.getMessage().contains("business case objectives"), e.getMessage());
    }

    @Test
    void the_channels_are_copied_so_later_changes_to_the_given_list_do_not_leak_in() {
        List<String> channels = new ArrayList<>(List.of("Facebook"));
        BusinessCase businessCase = new BusinessCase("o", "a", channels, "r", "m", Optional.empty());
        channels.add("X");
        assertEquals(List.of("Facebook"), businessCase.channels());
        assertThrows(UnsupportedOperationException.class, () -> businessCase.channels().add("Y"));
    }

    @Test
    void a_planned_period_cannot_end_before_it_starts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PlannedPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30)));
        assertTrue(e.getMessage().contains("planned period end"), e.getMessage());
    }

    @Test
    void a_planned_period_counts_its_first_and_last_day() {
        assertEquals(Period.ofMonths(6),
                new PlannedPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30)).length());
        assertEquals(Period.ofDays(1),
                new PlannedPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1)).length());
    }

    @Test
    void a_missing_duration_must_be_said_with_an_empty_optional_not_null() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new BusinessCase("o", "a", Collections.emptyList(), "r", "m", null));
        assertTrue(e.getMessage().contains("duration"), e.getMessage());
    }

    @Test
    void revising_one_part_keeps_the_others() {
        UnaryOperator<BusinessCase> revise = c -> c.withAudience("Grandparent carers");
        BusinessCase revised = revise.apply(InitiativeFixture.completeBusinessCase());
        assertEquals("Grandparent carers", revised.audience());
        assertEquals(InitiativeFixture.completeBusinessCase().objectives(), revised.objectives());
        assertEquals(InitiativeFixture.completeBusinessCase().duration(), revised.duration());
    }
}
