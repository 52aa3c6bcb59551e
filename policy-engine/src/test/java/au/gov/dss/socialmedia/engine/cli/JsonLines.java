package au.gov.dss.socialmedia.engine.cli;

import au.gov.dss.socialmedia.engine.rules.JsonValues;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the CLI's output lines back into maps and lists, for assertions. */
final class JsonLines {

    private JsonLines() {
    }

    static List<Map<String, Object>> parse(String output) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isEmpty()) {
                lines.add(object(line));
            }
        }
        return lines;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(String line) {
        try {
            return (Map<String, Object>) JsonValues.read(line);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON line: " + line, e);
        }
    }
}
