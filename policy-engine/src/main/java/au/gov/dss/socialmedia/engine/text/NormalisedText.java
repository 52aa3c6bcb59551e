package au.gov.dss.socialmedia.engine.text;

/**
 * A text folded for matching, with every folded character mapped back to the characters of the text as received.
 *
 * <p>Each folded character is a lower-case ASCII letter, a digit, {@code '?'} for a masking character inside a
 * word (as in {@code f*ck}), a space standing for a run of separators, or another letter of another script. A run
 * of the same letter is folded to one character whose {@link #run(int) run length} is kept, so that a stretched
 * word ({@code fuuuuck}) can be matched and the length of the run checked afterwards. Characters that carry no
 * meaning for matching (zero-width characters, combining marks, variation selectors, apostrophes) are dropped, and
 * the folded character before them covers them.
 *
 * <p>{@link #from(int)} and {@link #to(int)} give, for folded character {@code k}, the indices of the original
 * text it stands for ({@code from} inclusive, {@code to} exclusive, which is where the next folded character
 * starts); they never split a surrogate pair. Only the start of each folded character is stored, so folding writes
 * two values per character.
 * Instances are built by {@link TextNormaliser} and are not shared between threads.
 */
public final class NormalisedText {

    final String original;
    final char[] chars;
    final char[] source;
    final int[] from;
    int length;
    boolean hasDigit;
    int firstDigit;
    boolean hasMask;
    int[] atSigns = new int[2];
    int atSignCount;

    NormalisedText(String original) {
        this.original = original;
        int capacity = original.length() + 1;
        this.chars = new char[capacity];
        this.source = new char[original.length()];
        this.from = new int[capacity];
    }

    /** The text as received. */
    public String original() {
        return original;
    }

    /** The number of folded characters. */
    public int length() {
        return length;
    }

    /** The folded character at {@code k}. */
    public char charAt(int k) {
        return chars[k];
    }

    /** The index in the original text of the first character that folded character {@code k} stands for. */
    public int from(int k) {
        return from[k];
    }

    /** One past the index in the original text of the last character that folded character {@code k} stands for. */
    public int to(int k) {
        return from[k + 1];
    }

    /**
     * How many times the letter at {@code k} was repeated in the original (1 for a single letter and for
     * anything that is not a letter). Counted on demand: only the few matched places ever ask.
     */
    public int run(int k) {
        if (!TextNormaliser.isLetter(chars[k])) {
            return 1;
        }
        int count = 0;
        for (int i = from[k], end = from[k + 1]; i < end; i++) {
            char c = original.charAt(i);
            if (!TextNormaliser.isIgnorable(c) && !Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }

    /** Whether a word (or a number) starts at folded index {@code k}. */
    public boolean isWordStart(int k) {
        return k < length && chars[k] != ' ' && (k == 0 || chars[k - 1] == ' ');
    }

    /** Whether a word (or a number) ends just before folded index {@code k}. */
    public boolean isWordEnd(int k) {
        return k > 0 && chars[k - 1] != ' ' && (k == length || chars[k] == ' ');
    }

    /** Whether the original text has a digit anywhere. */
    public boolean hasDigit() {
        return hasDigit;
    }

    /** The index in the original text of the first digit (meaningful only if {@link #hasDigit()}). */
    public int firstDigit() {
        return firstDigit;
    }

    /** Whether a masking character such as {@code *} stands inside a word. */
    public boolean hasMask() {
        return hasMask;
    }

    /** How many {@code @} signs stand between word characters (candidate e-mail addresses). */
    public int atSignCount() {
        return atSignCount;
    }

    /** The index in the original text of the {@code i}-th {@code @} sign between word characters. */
    public int atSign(int i) {
        return atSigns[i];
    }

    /** The folded characters from {@code start} (inclusive) to {@code end} (exclusive), as a string. */
    public String folded(int start, int end) {
        return new String(chars, start, end - start);
    }

    /** The folded text as a whole (for tests and diagnostics). */
    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    void addAtSign(int index) {
        if (atSignCount == atSigns.length) {
            atSigns = java.util.Arrays.copyOf(atSigns, atSignCount * 2);
        }
        atSigns[atSignCount++] = index;
    }
}
