package au.gov.dss.socialmedia.engine.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChecksumsTest {

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "876543210", "412345677", "461234560"})
    void valid_tax_file_numbers_pass(String tfn) {
        assertTrue(Checksums.isValidTfn(tfn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "123456783", "12345678", "1234567820", "12345678a", ""})
    void invalid_tax_file_numbers_fail(String tfn) {
        assertFalse(Checksums.isValidTfn(tfn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2123456701", "21234567011"})
    void valid_medicare_numbers_pass(String number) {
        assertTrue(Checksums.isValidMedicare(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2123456711", "1123456701", "7123456701", "212345670", "21234567a1"})
    void medicare_numbers_with_a_wrong_check_digit_first_digit_or_length_fail(String number) {
        assertFalse(Checksums.isValidMedicare(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "5555555555554444", "378282246310005", "4222222222222"})
    void card_numbers_passing_luhn_pass(String number) {
        assertTrue(Checksums.isValidLuhn(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "411111111111", "41111111111111111111", "4111x11111111111"})
    void card_numbers_failing_luhn_or_of_the_wrong_length_fail(String number) {
        assertFalse(Checksums.isValidLuhn(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51824753556", "53004085616"})
    void valid_abns_pass(String abn) {
        assertTrue(Checksums.isValidAbn(abn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51824753557", "01824753556", "5182475355"})
    void invalid_abns_fail(String abn) {
        assertFalse(Checksums.isValidAbn(abn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"004085616", "000000019", "010499966"})
    void valid_acns_pass(String acn) {
        assertTrue(Checksums.isValidAcn(acn));
    }

    @ParameterizedTest
    @ValueSource(strings = {"004085617", "000000018", "00408561"})
    void invalid_acns_fail(String acn) {
        assertFalse(Checksums.isValidAcn(acn));
    }
}
