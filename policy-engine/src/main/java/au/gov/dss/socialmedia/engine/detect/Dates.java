package au.gov.dss.socialmedia.engine.detect;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date (12/03/1985, 12-3-85, 12 March 1985, March 12th, 1985) in a small window of a text. Used
 * only near a date-of-birth context word, so the regular expression never runs over a whole text.
 */
final class Dates {

    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4}|\\d{2})\\b"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|[-/.])(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+|[-/.])(\\d{4}|\\d{2})\\b"
                    + "|\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
                    + "|\\b(?:19|20)\\d\\d[-/.](\\d{1,2})[-/.](\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The first date starting within {@code window} characters after {@code from}, or null. */
    static int[] findNear(String text, int from, int window) {
        Matcher m = DATE.matcher(text);
        m.useTransparentBounds(true);
        m.region(Math.min(from, text.length()), Math.min(text.length(), from + window + 30));
        while (m.find()) {
            if (m.start() - from > window) {
                return null;
            }
            if (valid(m)) {
                return new int[] {m.start(), m.end()};
            }
        }
        return null;
    }

    /** The last date ending within {@code window} characters before {@code to}, or null. */
    static int[] findBefore(String text, int to, int window) {
        Matcher m = DATE.matcher(text);
        m.useTransparentBounds(true);
        m.region(Math.max(0, to - window - 30), Math.max(0, to));
        int[] last = null;
        while (m.find()) {
            if (to - m.end() <= window && valid(m)) {
                last = new int[] {m.start(), m.end()};
            }
        }
        return last;
    }

    private static boolean valid(Matcher m) {
        if (m.group(1) != null) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
        }
        if (m.group(8) != null) { // ISO: 1948-03-12
            int month = Integer.parseInt(m.group(8));
            int d = Integer.parseInt(m.group(9));
            return month >= 1 && month <= 12 && d >= 1 && d <= 31;
        }
        String day = m.group(4) != null ? m.group(4) : m.group(6);
        int d = Integer.parseInt(day);
        return d >= 1 && d <= 31;
    }
}
