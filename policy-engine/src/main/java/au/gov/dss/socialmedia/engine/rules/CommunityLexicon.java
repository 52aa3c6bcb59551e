package au.gov.dss.socialmedia.engine.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an offensive-term lexicon in the widely used community format (an array of entries, each with an
 * {@code id}, a {@code match} string of {@code |}-separated alternatives, {@code tags}, a {@code severity} from 1
 * to 4, and optional {@code exceptions}). In a match, {@code *} marks a letter that may be repeated
 * ({@code fu*c*k}); the engine folds repeated letters anyway, so it is dropped. In an exception, {@code *} stands
 * for the matched word ({@code * hound} for {@code coon hound}).
 */
public final class CommunityLexicon {

    /**
     * One entry.
     *
     * @param id the entry's id
     * @param matches the alternatives, with repetition marks removed
     * @param tags the entry's tags (general, sexual, racial, religious, lgbtq, shock)
     * @param severity from 1 (mild) to 4 (severe)
     * @param exceptions phrases (with the matched word in place of {@code *}) that are not offensive
     */
    public record Entry(String id, List<String> matches, List<String> tags, int severity, List<String> exceptions) {
        /** Copies the lists. */
        public Entry {
            Objects.requireNonNull(id, "entry id must not be null");
            matches = List.copyOf(matches);
            tags = List.copyOf(tags);
            exceptions = List.copyOf(exceptions);
        }
    }

    private CommunityLexicon() {
    }

    /** Reads the entries of a lexicon; {@code name} is used in error messages. */
    public static List<Entry> read(InputStream in, String name) {
        Object root;
        try {
            root = JsonValues.read(in);
        } catch (IOException e) {
            throw new RuleSetException("lexicon " + name + " is not valid JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof List)) {
            throw new RuleSetException("lexicon " + name + " must be a JSON array of entries");
        }
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (Object item : (List<?>) root) {
            String where = "lexicon " + name + " entry " + index++;
            if (!(item instanceof Map)) {
                throw new RuleSetException(where + " must be an object");
            }
            Map<?, ?> map = (Map<?, ?>) item;
            Object id = map.get("id");
            Object match = map.get("match");
            Object severity = map.get("severity");
            if (!(id instanceof String) || !(match instanceof String) || !(severity instanceof Long)) {
                throw new RuleSetException(where + " needs a string id, a string match and a numeric severity");
            }
            int level = ((Long) severity).intValue();
            if (level < 1 || level > 4) {
                throw new RuleSetException(where + " (" + id + ") has severity " + level + ", not 1 to 4");
            }
            List<String> matches = new ArrayList<>();
            for (String alternative : ((String) match).split("\\|")) {
                String cleaned = alternative.replace("*", "").strip();
                if (!cleaned.isEmpty()) {
                    matches.add(cleaned);
                }
            }
            entries.add(new Entry((String) id, matches, strings(map.get("tags"), where + " tags"), level,
                    strings(map.get("exceptions"), where + " exceptions")));
        }
        return entries;
    }

    private static List<String> strings(Object value, String where) {
        try {
            return RuleSetReader.strings(value, where);
        } catch (IllegalArgumentException e) {
            throw new RuleSetException(e.getMessage(), e);
        }
    }
}
