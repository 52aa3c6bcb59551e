package au.gov.dss.socialmedia.domain.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommonValuesTest {

    @Test
    void every_clause_has_a_unique_stable_id_that_finds_it_again() {
        Set<String> ids = new HashSet<>();
        Pattern shape = Pattern.compile("[a-z]+(\\.[a-z0-9-]+)+");
        for (PolicyClause clause : PolicyClause.values()) {
            assertTrue(ids.add(clause.id()), "duplicate clause id " + clause.id());
            assertTrue(shape.matcher(clause.id()).matches(), clause.id());
            assertEquals(clause, PolicyClause.byId(clause.id()).orElseThrow());
            assertFalse(clause.summary().isBlank());
        }
    }

    @Test
    void the_published_clause_ids_do_not_change() {
        assertEquals("official.comment.no-endorsement", PolicyClause.OFFICIAL_COMMENT_NO_ENDORSEMENT.id());
        assertEquals("official.switch-channel", PolicyClause.SWITCH_CHANNEL.id());
        assertEquals("principle.approved-activity", PolicyClause.PRINCIPLE_APPROVED_ACTIVITY.id());
        assertEquals("sanctions.section-15-1", PolicyClause.SANCTIONS.id());
        assertTrue(PolicyClause.byId("no.such.clause").isEmpty());
    }

    @Test
    void the_catalogue_covers_the_four_things_official_comments_must_not_do() {
        long mustNots = Arrays.stream(PolicyClause.values())
                .filter(clause -> clause.id().startsWith("official.comment.")).count();
        assertEquals(4, mustNots);
    }

    @Test
    void a_work_email_is_an_address_in_the_department_s_domain_kept_in_lower_case() {
        assertEquals("jane.citizen@dss.gov.au", WorkEmail.of(" Jane.Citizen@DSS.gov.au ").value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkEmail.of("jane@gmail.com"));
        assertTrue(e.getMessage().contains("@dss.gov.au"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@dss.gov.au", "jane..c@dss.gov.au", "jane c@dss.gov.au", "jane@"})
    void a_malformed_work_email_is_refused(String address) {
        assertThrows(IllegalArgumentException.class, () -> WorkEmail.of(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "E 1", "-E1", "E1/2"})
    void an_employee_number_is_letters_and_digits(String number) {
        assertThrows(IllegalArgumentException.class, () -> EmployeeId.of(number));
    }

    @Test
    void business_areas_are_the_same_when_their_codes_are() {
        assertEquals(BusinessArea.CMB, new BusinessArea("CMB", "Comms and Media"));
        assertTrue(BusinessArea.CMB.isCmb());
        assertTrue(BusinessArea.WORKPLACE_RELATIONS_AND_CONDUCT.isConductSection());
        assertThrows(IllegalArgumentException.class, () -> new BusinessArea("cmb", "lower case"));
    }

    @Test
    void the_policy_applies_to_every_kind_of_employee_including_those_on_leave() {
        Employee contractor = new Employee(EmployeeId.of("K1"), "Kim Contractor", WorkEmail.of("kim@dss.gov.au"),
                BusinessArea.CMB, EmploymentType.CONTRACTOR, true);
        assertTrue(contractor.worksInCmb());
        assertFalse(contractor.withLeave(false).onLeave());
        assertEquals(EmployeeFixture.FAMILIES, contractor.movedTo(EmployeeFixture.FAMILIES).businessArea());
    }

    @Test
    void a_blank_employee_name_is_refused_naming_the_field() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmployeeFixture.employee("E1", "  ", BusinessArea.CMB));
        assertTrue(e.getMessage().contains("employee name"), e.getMessage());
    }

    @Test
    void a_refusal_names_its_code_and_clause_in_its_message() {
        Refusal refusal = Refusal.stateForbids("activate an account", Thread.State.TERMINATED,
                PolicyClause.PRINCIPLE_ADMINISTRATION);
        assertEquals("STATE_FORBIDS_ACTION", refusal.code());
        String message = new CommandRefusedException(refusal).getMessage();
        assertTrue(message.contains("that is TERMINATED"), message);
        assertTrue(message.contains("principle.administration"), message);
        assertThrows(IllegalArgumentException.class, () -> new Refusal("lower", PolicyClause.PRIVACY, "x"));
    }

    @Test
    void the_first_refusal_of_a_chain_of_rules_wins() {
        Decision first = Decision.refused("FIRST", PolicyClause.PRIVACY, "first");
        Decision chained = first.and(() -> Decision.refused("SECOND", PolicyClause.PRIVACY, "second"));
        assertEquals("FIRST", ((Decision.Refused) chained).refusal().code());
        assertTrue(Decision.allowed().and(Decision::allowed).isAllowed());
        CommandRefusedException e = assertThrows(CommandRefusedException.class, chained::orThrow);
        assertEquals("FIRST", e.code());
    }

    @Test
    void identifiers_round_trip_through_their_text() {
        AccountId id = AccountId.newId();
        assertEquals(id, AccountId.of(id.toString()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccountId.of("nope"));
        assertTrue(e.getMessage().contains("AccountId"), e.getMessage());
    }

    @Test
    void text_is_stripped_and_bounded() {
        assertEquals("ok", Text.required("field", "  ok ", 5));
        assertEquals("", Text.optional("field", null, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Text.required("purpose", "123456", 5));
        assertTrue(e.getMessage().contains("purpose must be at most 5"), e.getMessage());
    }
}
