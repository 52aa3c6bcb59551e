package au.gov.dss.socialmedia.admin.post.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, word by word (each run of white space a token of its own): the words
 * both share, those only the old one had and those only the new one has, in the order of reading. Texts too long to
 * compare word by word (more than {@link #MOST_WORDS} words on either side) show as one removal and one addition.
 */
public final class TextDiff {

    /** The most words compared on either side. */
    public static final int MOST_WORDS = 3_000;

    private static final Pattern WORD = Pattern.compile("\\S+|\\s+");

    private TextDiff() {
    }

    /** The change from the old text to the new, as parts in reading order. */
    public static List<Part> between(String before, String after) {
        List<String> old = words(before);
        List<String> now = words(after);
        if (old.size() > MOST_WORDS || now.size() > MOST_WORDS) {
            return merge(List.of(new Part(before, Change.REMOVED), new Part(after, Change.ADDED)));
        }
        int[][] common = new int[old.size() + 1][now.size() + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = now.size() - 1; j >= 0; j--) {
                common[i][j] = old.get(i).equals(now.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < old.size() && j < now.size()) {
            if (old.get(i).equals(now.get(j))) {
                parts.add(new Part(old.get(i++), Change.SAME));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                parts.add(new Part(old.get(i++), Change.REMOVED));
            } else {
                parts.add(new Part(now.get(j++), Change.ADDED));
            }
        }
        old.subList(i, old.size()).forEach(word -> parts.add(new Part(word, Change.REMOVED)));
        now.subList(j, now.size()).forEach(word -> parts.add(new Part(word, Change.ADDED)));
        return merge(parts);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text == null ? "" : text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Joins neighbouring parts of the same kind, and drops empty ones. */
    private static List<Part> merge(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : parts) {
            if (part.text().isEmpty()) {
                continue;
            }
            Part last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.change() == part.change()) {
                merged.set(merged.size() - 1, new Part(last.text() + part.text(), part.change()));
            } else {
                merged.add(part);
            }
        }
        return merged;
    }

    /** How a part changed. */
    public enum Change {
        /** In both versions. */
        SAME,
        /** Only in the old version. */
        REMOVED,
        /** Only in the new version. */
        ADDED
    }

    /**
     * A run of words.
     *
     * @param text the words, with their white space
     * @param change how they changed
     */
    public record Part(String text, Change change) implements Serializable {
    }
}
