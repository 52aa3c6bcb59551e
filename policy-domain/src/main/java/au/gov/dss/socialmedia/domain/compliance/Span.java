package au.gov.dss.socialmedia.domain.compliance;

/**
 * Where in a text a finding lies: Java {@code String} indices into the text as received, {@code start} inclusive
 * and {@code end} exclusive. An empty span ({@code start == end}) points at a place rather than at characters.
 *
 * @param start the first index, at least 0
 * @param end one past the last index, at least {@code start}
 */
public record Span(int start, int end) {

    /** Refuses a negative start or an end before the start. */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span must have 0 <= start <= end, but was [" + start + ", " + end
                    + ")");
        }
    }

    /** The span of the whole of a text of the given length. */
    public static Span whole(int length) {
        return new Span(0, length);
    }

    /** The number of characters covered. */
    public int length() {
        return end - start;
    }

    /** Whether the span lies inside a text of the given length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }

    /** The characters of the text this span covers. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
