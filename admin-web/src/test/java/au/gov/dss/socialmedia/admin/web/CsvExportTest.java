package au.gov.dss.socialmedia.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.gov.dss.socialmedia.admin.platform.csv.CsvReader;
import au.gov.dss.socialmedia.admin.platform.csv.CsvRecord;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lists exported as CSV open in a spreadsheet as the text they are: never as a formula, commas and quotes kept. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvExportTest {

    @ParameterizedTest(name = "a cell beginning {0} is written as text")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=2+3 campaign|'=2+3 campaign",
        "+61 2 6146 0000|'+61 2 6146 0000",
        "-1|'-1",
        "@SUM(A1:A2)|'@SUM(A1:A2)",
    })
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised(String typed, String written) {
        assertEquals(written, CsvExport.cell(typed));
    }

    @Test
    void a_cell_with_a_tab_or_carriage_return_in_front_is_neutralised_and_a_formula_inside_quotes_too() {
        assertEquals("'\tx", CsvExport.cell("\tx"));
        assertEquals("\"'\rx\"", CsvExport.cell("\rx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvExport.cell("=HYPERLINK(\"http://x\",\"y\")"));
    }

    @Test
    void plain_text_commas_quotes_and_line_breaks_survive_the_round_trip() {
        List<List<String>> rows = List.of(List.of("Citizen, Bea", "said \"hello\""), List.of("Two\r\nlines", ""),
                List.of("Tom O'Brien", "50% off"));
        String csv = CsvExport.text(List.of("Name", "Note"), rows, row -> row);

        assertEquals('\uFEFF', csv.charAt(0), "a byte order mark, so that spreadsheets read UTF-8");
        List<List<String>> read = CsvReader.readAll(csv.substring(1)).stream().map(CsvRecord::fields).toList();
        assertEquals(List.of("Name", "Note"), read.get(0));
        assertEquals(rows, read.subList(1, read.size()));
    }
}
