package au.gov.dss.socialmedia.admin.platform.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the line of the file it starts on (1 for the first)
 * @param fields its fields, in order (empty when it is malformed)
 * @param error what is wrong with its quoting, or null when it is well formed
 * @param errorLine the line the quoting goes wrong on (the record may span several), or 0 when well formed
 */
public record CsvRecord(long line, List<String> fields, Error error, long errorLine) {

    /** How a record can break the quoting rules of RFC 4180. */
    public enum Error {
        /** A quoted field is never closed: the file ends inside it. */
        UNCLOSED_QUOTE,
        /** Something other than a comma or a line break follows the closing quote of a field. */
        TEXT_AFTER_CLOSING_QUOTE,
        /** A quote inside a field that does not start with one. */
        QUOTE_INSIDE_UNQUOTED_FIELD
    }

    /** Copies the fields. */
    public CsvRecord {
        fields = List.copyOf(fields);
    }

    static CsvRecord of(long line, List<String> fields) {
        return new CsvRecord(line, fields, null, 0);
    }

    static CsvRecord malformed(long line, Error error, long errorLine) {
        return new CsvRecord(line, List.of(), error, errorLine);
    }

    /** Whether the record breaks the quoting rules. */
    public boolean malformed() {
        return error != null;
    }
}
