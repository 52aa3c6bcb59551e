package au.gov.dss.socialmedia.admin.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them, from text already decoded (a leading byte order mark
 * is skipped): fields separated by commas, records by CRLF (a lone LF or CR is taken as a line break too), a field
 * in double quotes may hold commas, line breaks and doubled quotes. Every record knows the line it starts on,
 * counting the line breaks inside quoted fields, so that a report can point at the right line. A record that breaks
 * the quoting rules comes back with its {@link CsvRecord#error() error}; reading goes on at the next line (or ends,
 * when a quote is never closed). Empty lines are skipped.
 */
public final class CsvReader {

    private static final char QUOTE = '"';
    private static final char COMMA = ',';

    private final String text;
    private int position;
    private long line = 1;

    /** A reader of the text. */
    public CsvReader(String text) {
        this.text = text;
        this.position = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    /** How many characters have been read so far, for a progress bar. */
    public int position() {
        return position;
    }

    /** How many characters there are in all. */
    public int length() {
        return text.length();
    }

    /** The next record, or null at the end of the text. */
    public CsvRecord next() {
        while (position < text.length() && isLineBreak(text.charAt(position))) {
            skipLineBreak();
        }
        if (position >= text.length()) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (position < text.length() && text.charAt(position) == QUOTE) {
                long quoteLine = line;
                position++;
                if (!readQuoted(field)) {
                    return CsvRecord.malformed(start, CsvRecord.Error.UNCLOSED_QUOTE, quoteLine);
                }
                if (position < text.length() && text.charAt(position) != COMMA && !isLineBreak(text.charAt(position))) {
                    long at = line;
                    skipRestOfLine();
                    return CsvRecord.malformed(start, CsvRecord.Error.TEXT_AFTER_CLOSING_QUOTE, at);
                }
            } else {
                while (position < text.length() && text.charAt(position) != COMMA
                        && !isLineBreak(text.charAt(position))) {
                    char c = text.charAt(position);
                    if (c == QUOTE) {
                        long at = line;
                        skipRestOfLine();
                        return CsvRecord.malformed(start, CsvRecord.Error.QUOTE_INSIDE_UNQUOTED_FIELD, at);
                    }
                    field.append(c);
                    position++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (position >= text.length()) {
                return CsvRecord.of(start, fields);
            }
            if (text.charAt(position) == COMMA) {
                position++;
            } else {
                skipLineBreak();
                return CsvRecord.of(start, fields);
            }
        }
    }

    /** Reads a quoted field after its opening quote, up to and past its closing quote; false if it never closes. */
    private boolean readQuoted(StringBuilder field) {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == QUOTE) {
                if (position + 1 < text.length() && text.charAt(position + 1) == QUOTE) {
                    field.append(QUOTE);
                    position += 2;
                } else {
                    position++;
                    return true;
                }
            } else if (isLineBreak(c)) {
                int before = position;
                skipLineBreak();
                field.append(text, before, position);
            } else {
                field.append(c);
                position++;
            }
        }
        return false;
    }

    private void skipRestOfLine() {
        while (position < text.length() && !isLineBreak(text.charAt(position))) {
            position++;
        }
        if (position < text.length()) {
            skipLineBreak();
        }
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position += 2;
        } else {
            position++;
        }
        line++;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** Reads every record of the text. */
    public static List<CsvRecord> readAll(String text) {
        CsvReader reader = new CsvReader(text);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            records.add(record);
        }
        return records;
    }
}
