package au.gov.dss.socialmedia.admin.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A list written as a CSV file (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read it as UTF-8), as the
 * list is filtered. A cell that a spreadsheet would read as a formula (it begins with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) is written with a leading apostrophe, so that it is shown as the
 * text it is and never run (OWASP, "CSV injection").
 */
public final class CsvExport {

    private CsvExport() {
    }

    /**
     * The file, for a PrimeFaces file download.
     *
     * @param name the file's name, for example {@code accounts-2026-12-07.csv}
     * @param headers the column headings
     * @param rows the rows
     * @param cells a row's cells, in the order of the headings
     * @param <R> a row
     * @return the file
     */
    public static <R> StreamedContent file(String name, List<String> headers, List<R> rows,
                                           Function<R, List<String>> cells) {
        byte[] content = text(headers, rows, cells).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name(name).contentType("text/csv; charset=UTF-8")
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** The file's text. */
    public static <R> String text(List<String> headers, List<R> rows, Function<R, List<String>> cells) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, headers);
        for (R row : rows) {
            line(csv, cells.apply(row));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One cell: neutralised if a spreadsheet would run it, quoted if it holds a comma, quote or line break. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
