package au.gov.dss.socialmedia.engine;

import static au.gov.dss.socialmedia.engine.EngineFixture.covered;
import static au.gov.dss.socialmedia.engine.EngineFixture.findings;
import static au.gov.dss.socialmedia.engine.EngineFixture.screen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.common.PolicyClause;
import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Outcome;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersonalDetailsScreeningTest {

    private static List<String> found(String text, String type) {
        return covered(text, findings(screen(text, Channel.OFFICIAL_POST), Category.PERSONAL_DETAILS, type));
    }

    private static List<Finding> personal(String text) {
        return findings(screen(text, Channel.OFFICIAL_POST), Category.PERSONAL_DETAILS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My TFN is 123456782 thanks|123456782",
            "tax file number: 876 543 210|876 543 210",
            "Here it is 123 456 782|123 456 782",
            "TFN 461-234-560|461-234-560"})
    void a_tax_file_number_with_context_or_in_its_written_shape_is_personal_details(String text, String number) {
        assertEquals(List.of(number), found(text, "TFN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"My TFN is 123456789", "My TFN is 123 456 783", "Order 876543211 shipped"})
    void a_number_failing_the_tfn_check_is_not_a_tax_file_number(String text) {
        assertEquals(List.of(), found(text, "TFN"));
    }

    @Test
    void a_bare_nine_digit_number_passing_the_check_by_chance_is_not_reported_without_context_or_shape() {
        assertEquals(List.of(), found("Reference 876543210 was lodged", "TFN"));
    }

    @Test
    void a_phone_number_is_never_reported_as_a_tax_file_number() {
        String text = "Call me on 412 345 677 or 0412 345 677";
        ScreeningResult result = screen(text, Channel.OFFICIAL_POST);
        assertEquals(List.of(), covered(text, findings(result, Category.PERSONAL_DETAILS, "TFN")));
        assertEquals(List.of("412 345 677", "0412 345 677"),
                covered(text, findings(result, Category.PERSONAL_DETAILS, "PHONE")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Medicare 2123 45670 1|2123 45670 1",
            "my medicare number is 2123456701|2123456701",
            "Card 2123 45670 1 1 please|2123 45670 1 1"})
    void a_medicare_number_passing_its_check_digit_is_personal_details(String text, String number) {
        assertEquals(List.of(number), found(text, "MEDICARE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Medicare 2123 45671 1", "Medicare 7123 45670 1", "medicare 1123456701"})
    void a_medicare_number_with_a_wrong_check_digit_or_first_digit_is_not_reported(String text) {
        assertEquals(List.of(), found(text, "MEDICARE"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My CRN is 123 456 789A ok|123 456 789A",
            "customer reference number 204567891|204567891"})
    void a_customer_reference_number_is_personal_details(String text, String number) {
        assertEquals(List.of(number), found(text, "CRN"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ring 0412 345 678 today|0412 345 678",
            "ph (02) 6123 4567 anytime|(02) 6123 4567",
            "mobile +61 412 345 678|+61 412 345 678",
            "call me on 6123 4567|6123 4567"})
    void an_australian_phone_number_is_personal_details(String text, String number) {
        assertEquals(List.of(number), found(text, "PHONE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call us on 1300 653 227.", "Call 13 28 50 for help", "Freecall 1800 050 004",
            "Ring 132 468 now"})
    void the_departments_published_and_13_1300_1800_numbers_are_not_personal_details(String text) {
        assertEquals(List.of(), personal(text));
    }

    @Test
    void a_personal_email_address_is_personal_details_but_a_departmental_one_is_not() {
        String text = "Write to jo.bloggs+1@example.com.au or socialmedia@dss.gov.au or a@media.dss.gov.au.";
        assertEquals(List.of("jo.bloggs+1@example.com.au"), found(text, "EMAIL"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "visa 4111 1111 1111 1111 exp 12/27|4111 1111 1111 1111",
            "number 5555555555554444 ok|5555555555554444",
            "amex 3782 822463 10005|3782 822463 10005"})
    void a_payment_card_number_passing_luhn_is_personal_details(String text, String number) {
        assertEquals(List.of(number), found(text, "PAYMENT_CARD"));
    }

    @Test
    void a_long_number_failing_luhn_is_not_a_payment_card() {
        assertEquals(List.of(), found("card 4111 1111 1111 1112", "PAYMENT_CARD"));
    }

    @Test
    void a_bsb_and_account_number_are_personal_details() {
        assertEquals(List.of("062-000", "12345678"), found("BSB 062-000 acct 12345678", "BANK_ACCOUNT"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DOB 12/03/1985|12/03/1985",
            "I was born on 3 March 1985 in Dubbo|3 March 1985",
            "date of birth: March 3rd, 1985|March 3rd, 1985",
            "31-12-99 is my birthday|31-12-99"})
    void a_date_near_a_birth_context_word_is_a_date_of_birth(String text, String date) {
        assertEquals(List.of(date), found(text, "DATE_OF_BIRTH"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DOB 1948-03-12, please check|1948-03-12",
            "I was born 12-Mar-1948 and still wait|12-Mar-1948",
            "DOB: 07-Aug-1949 thanks|07-Aug-1949"})
    void a_date_of_birth_in_iso_or_day_month_year_form_is_found(String text, String date) {
        assertEquals(List.of(date), found(text, "DATE_OF_BIRTH"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "email me at jenny.smith at gmail dot com|jenny.smith at gmail dot com",
            "Contact: bob_h [at] bigpond [dot] com|bob_h [at] bigpond [dot] com",
            "my email is dazza1975(at)hotmail(dot)com|dazza1975(at)hotmail(dot)com",
            "kevin dot walsh at optusnet dot com dot au ta|kevin dot walsh at optusnet dot com dot au"})
    void an_email_address_spelt_out_with_at_and_dot_is_personal_details(String text, String address) {
        assertEquals(List.of(address), found(text, "EMAIL"));
    }

    @Test
    void a_tax_file_number_in_brackets_is_still_a_tax_file_number() {
        assertEquals(List.of("123 456 782"), found("My TFN (123 456 782) was rejected", "TFN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Route 412 goes past the office", "Catch the 313 bus", "The app is 40 meg",
            "Visit the Services Australia office at 2 Bowes Street, Phillip",
            "Applications for the 2026 round close on 30/06/2026.", "Write to us at dss dot gov dot au"})
    void route_numbers_sizes_office_addresses_and_ordinary_sentences_are_not_personal_details(String text) {
        assertEquals(List.of(), personal(text));
    }

    @Test
    void a_date_without_birth_context_is_not_a_date_of_birth() {
        assertEquals(List.of(), found("Applications close on 12/03/2027.", "DATE_OF_BIRTH"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "I live at 12 Smith Street, Dubbo|12 Smith Street",
            "come to 3/45 Wattle Grove Rd please|3/45 Wattle Grove Rd",
            "send it to 7b George St|7b George St",
            "we are at 12 smith street now|12 smith street"})
    void a_street_address_is_personal_details(String text, String address) {
        assertEquals(List.of(address), found(text, "STREET_ADDRESS"));
    }

    @Test
    void an_abbreviated_street_type_needs_a_capitalised_street_name() {
        assertEquals(List.of(), found("send it to 7b george st", "STREET_ADDRESS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Visit us at 71 Athllon Drive, Greenway.", "We saw 3 kids on the main road",
            "Over 5 million people use this road", "Meet Dr Smith at 10 am"})
    void office_addresses_and_ordinary_sentences_are_not_street_addresses(String text) {
        assertEquals(List.of(), found(text, "STREET_ADDRESS"));
    }

    @Test
    void a_sole_traders_abn_with_personal_context_is_personal_details() {
        assertEquals(List.of("51 824 753 556"), found("I'm a sole trader, my ABN is 51 824 753 556", "ABN"));
    }

    @Test
    void a_business_abn_without_personal_context_is_not_personal_details() {
        assertEquals(List.of(), found("The provider's ABN is 51 824 753 556", "ABN"));
        assertEquals(List.of(), found("my ABN is 51 824 753 557", "ABN"));
    }

    @Test
    void an_acn_given_as_personal_details_is_reported_and_never_as_a_tfn() {
        String text = "my ACN is 004 085 616";
        ScreeningResult result = screen(text, Channel.OFFICIAL_POST);
        assertEquals(List.of("004 085 616"), covered(text, findings(result, Category.PERSONAL_DETAILS, "ACN")));
        assertEquals(List.of(), findings(result, Category.PERSONAL_DETAILS, "TFN"));
        assertEquals(List.of(), found("my ACN is 004 085 617", "ACN"));
    }

    @Test
    void personal_details_block_an_official_post_citing_privacy() {
        ScreeningResult result = screen("TFN 123 456 782", Channel.OFFICIAL_POST);
        assertEquals(Outcome.BLOCK, result.outcome());
        Finding finding = result.findings().get(0);
        assertEquals(Severity.BLOCK, finding.severity());
        assertEquals(PolicyClause.PRINCIPLE_PRIVACY, finding.clause());
        assertEquals("PD-TFN", finding.ruleId());
    }

    @Test
    void personal_details_in_a_public_comment_call_for_hiding_it_and_switching_channel_with_a_suggested_reply() {
        ScreeningResult result = screen("my mobile is 0412 345 678 pls call", Channel.PUBLIC_COMMENT);
        Finding finding = findings(result, Category.PERSONAL_DETAILS, "PHONE").get(0);
        assertEquals(PolicyClause.SWITCH_CHANNEL, finding.clause());
        assertTrue(finding.advice().contains("Hide this comment"), finding.advice());
        assertTrue(finding.advice().contains("Suggested reply"), finding.advice());
    }

    @Test
    void personal_details_in_a_personal_post_guide_rather_than_block() {
        ScreeningResult result = screen("my mobile is 0412 345 678", Channel.PERSONAL_POST);
        assertEquals(Outcome.REVIEW, result.outcome());
        assertTrue(result.findings().get(0).advice().contains("Would I be comfortable if my manager read my comments?"));
    }
}
