package au.gov.dss.socialmedia.admin.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CsvReaderTest {

    @Test
    void plain_fields_are_split_at_commas_and_records_at_line_breaks() {
        List<CsvRecord> records = CsvReader.readAll("a,b,c\r\n1,2,3\n4,,6");
        assertEquals(List.of("a", "b", "c"), records.get(0).fields());
        assertEquals(List.of("1", "2", "3"), records.get(1).fields());
        assertEquals(List.of("4", "", "6"), records.get(2).fields());
        assertEquals(3, records.size());
    }

    @Test
    void a_quoted_field_may_hold_commas_doubled_quotes_and_line_breaks() {
        List<CsvRecord> records = CsvReader.readAll("\"Citizen, Jane\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n");
        assertEquals(List.of("Citizen, Jane", "say \"hi\"", "two\r\nlines"), records.get(0).fields());
        assertEquals(1, records.size());
    }

    @Test
    void every_record_knows_the_line_it_starts_on_counting_line_breaks_inside_quotes() {
        List<CsvRecord> records = CsvReader.readAll("h1,h2\r\n\"a\nb\nc\",x\r\nnext,y\n\"d\r\ne\",z\nlast,w");
        assertEquals(List.of(1L, 2L, 5L, 6L, 8L), records.stream().map(CsvRecord::line).toList());
    }

    @Test
    void empty_lines_and_a_final_line_break_make_no_record_but_still_count_as_lines() {
        List<CsvRecord> records = CsvReader.readAll("a,b\n\n\r\nc,d\n");
        assertEquals(2, records.size());
        assertEquals(4, records.get(1).line());
    }

    @Test
    void a_byte_order_mark_at_the_start_is_skipped() {
        assertEquals(List.of("employee_number", "name"), CsvReader.readAll("\uFEFFemployee_number,name\n").get(0)
                .fields());
    }

    @Test
    void an_empty_text_has_no_record() {
        assertEquals(List.of(), CsvReader.readAll(""));
        assertEquals(List.of(), CsvReader.readAll("\uFEFF"));
    }

    @Test
    void a_quote_that_is_never_closed_is_reported_on_the_line_of_its_record_and_ends_the_file() {
        List<CsvRecord> records = CsvReader.readAll("a,b\n1,\"open\n2,3\n4,5\n");
        assertEquals(2, records.size());
        CsvRecord bad = records.get(1);
        assertTrue(bad.malformed());
        assertEquals(CsvRecord.Error.UNCLOSED_QUOTE, bad.error());
        assertEquals(2, bad.line());
        assertEquals(2, bad.errorLine());
    }

    @Test
    void text_after_a_closing_quote_is_reported_and_reading_goes_on_at_the_next_line() {
        List<CsvRecord> records = CsvReader.readAll("a,b\n\"x\"y,z\nc,d\n");
        assertEquals(CsvRecord.Error.TEXT_AFTER_CLOSING_QUOTE, records.get(1).error());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("c", "d"), records.get(2).fields());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void a_quote_inside_an_unquoted_field_is_reported_on_the_line_where_it_is() {
        List<CsvRecord> records = CsvReader.readAll("a,b\n\"multi\nline\",O\"Brien\nc,d\n");
        CsvRecord bad = records.get(1);
        assertEquals(CsvRecord.Error.QUOTE_INSIDE_UNQUOTED_FIELD, bad.error());
        assertEquals(2, bad.line());
        assertEquals(3, bad.errorLine());
        assertEquals(4, records.get(2).line());
        assertFalse(records.get(2).malformed());
    }

    @Test
    void a_well_formed_record_has_no_error() {
        CsvRecord record = CsvReader.readAll("a").get(0);
        assertFalse(record.malformed());
        assertNull(record.error());
    }

    @Test
    void the_reader_says_how_far_it_has_read() {
        CsvReader reader = new CsvReader("ab,c\nd\n");
        assertEquals(0, reader.position());
        reader.next();
        assertEquals(5, reader.position());
        reader.next();
        assertEquals(reader.length(), reader.position());
        assertNull(reader.next());
    }
}
