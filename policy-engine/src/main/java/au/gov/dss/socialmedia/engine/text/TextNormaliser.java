package au.gov.dss.socialmedia.engine.text;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds a text for matching in one pass, keeping every folded character's place in the original: case is folded,
 * accents and look-alike letters (Cyrillic and Greek homoglyphs, full-width and mathematical letters) become ASCII
 * letters, digits and symbols used as letters inside a word ({@code sh1t}, {@code b!tch}, {@code $hit},
 * {@code a$$}) become letters, masking characters inside a word ({@code f*ck}) become {@code '?'}, zero-width
 * characters, combining marks and apostrophes are dropped, runs of one letter are folded to one character with its
 * run length, and every run of other characters becomes one space.
 *
 * <p>The folding is driven by two tables of 64K entries built once when the class loads, so the hot loop does one
 * table look-up per character. The class is stateless and thread-safe.
 */
public final class TextNormaliser {

    private static final byte C_SEP = 0;
    private static final byte C_LETTER = 1;
    private static final byte C_DIGIT = 2;
    private static final byte C_IGNORE = 3;
    private static final byte C_MASK = 4;
    private static final byte C_SYMBOL = 5;
    private static final byte C_HIGH_SURROGATE = 6;

    private static final byte[] CLASS = new byte[65536];
    private static final char[] FOLD = new char[65536];
    private static final char[] LEET = new char[128];

    static {
        for (int c = 0; c < 65536; c++) {
            classify((char) c);
        }
        LEET['0'] = 'o';
        LEET['1'] = 'i';
        LEET['3'] = 'e';
        LEET['4'] = 'a';
        LEET['5'] = 's';
        LEET['7'] = 't';
        LEET['$'] = 's';
        LEET['!'] = 'i';
        LEET['@'] = 'a';
        CLASS['$'] = C_SYMBOL;
        CLASS['!'] = C_SYMBOL;
        CLASS['@'] = C_SYMBOL;
        CLASS['*'] = C_MASK;
        CLASS['#'] = C_MASK;
        for (char c : new char[] {'$', '!', '@', '*', '#'}) {
            FOLD[c] = 0;
        }
    }

    private TextNormaliser() {
    }

    private static void classify(char c) {
        if (Character.isHighSurrogate(c)) {
            CLASS[c] = C_HIGH_SURROGATE;
            return;
        }
        if (Character.isLowSurrogate(c)) {
            CLASS[c] = C_SEP;
            FOLD[c] = ' ';
            return;
        }
        if (c >= '0' && c <= '9') {
            CLASS[c] = C_DIGIT;
            return;
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            CLASS[c] = C_DIGIT;
            return;
        }
        if (c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BC' || c == '`') {
            CLASS[c] = C_IGNORE;
            return;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
            CLASS[c] = C_IGNORE;
            return;
        }
        if (Character.isLetter(c)) {
            CLASS[c] = C_LETTER;
            FOLD[c] = foldLetter(c);
            return;
        }
        CLASS[c] = C_SEP;
        FOLD[c] = ' ';
    }

    private static char foldLetter(char c) {
        char confusable = confusable(c);
        if (confusable != 0) {
            return confusable;
        }
        char lower = Character.toLowerCase(c);
        if (lower < 128) {
            return lower;
        }
        if (c < 0x3000 || (c >= 0xFF00 && c <= 0xFFEF)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            char first = decomposed.charAt(0);
            if (first < 128 && Character.isLetter(first)) {
                return Character.toLowerCase(first);
            }
        }
        return lower;
    }

    private static char confusable(char c) {
        switch (c) {
            case '\u00DF': return 's';            // sharp s
            case '\u00E6': case '\u00C6': return 'a';
            case '\u00F8': case '\u00D8': return 'o';
            case '\u0131': return 'i';            // dotless i
            case '\u0142': case '\u0141': return 'l';
            case '\u0111': case '\u0110': return 'd';
            // Cyrillic look-alikes
            case '\u0430': case '\u0410': return 'a';
            case '\u0432': case '\u0412': return 'b';
            case '\u0435': case '\u0415': case '\u0451': return 'e';
            case '\u043A': case '\u041A': return 'k';
            case '\u043C': case '\u041C': return 'm';
            case '\u043D': case '\u041D': return 'h';
            case '\u043E': case '\u041E': return 'o';
            case '\u0440': case '\u0420': return 'p';
            case '\u0441': case '\u0421': return 'c';
            case '\u0442': case '\u0422': return 't';
            case '\u0443': case '\u0423': return 'y';
            case '\u0445': case '\u0425': return 'x';
            case '\u0456': case '\u0406': return 'i';
            case '\u0458': case '\u0408': return 'j';
            case '\u0455': case '\u0405': return 's';
            // Greek look-alikes
            case '\u03B1': case '\u0391': return 'a';
            case '\u0392': case '\u03B2': return 'b';
            case '\u03B5': case '\u0395': return 'e';
            case '\u0396': return 'z';
            case '\u0397': return 'h';
            case '\u03B9': case '\u0399': return 'i';
            case '\u03BA': case '\u039A': return 'k';
            case '\u039C': return 'm';
            case '\u03BD': case '\u039D': return 'n';
            case '\u03BF': case '\u039F': return 'o';
            case '\u03C1': case '\u03A1': return 'p';
            case '\u03C4': case '\u03A4': return 't';
            case '\u03C5': case '\u03A5': return 'u';
            case '\u03C7': case '\u03A7': return 'x';
            default: return 0;
        }
    }

    /**
     * The folded form of a letter or digit (lower case, accents and look-alikes removed), or 0 for any other
     * character.
     */
    public static char foldChar(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        return CLASS[c] == C_LETTER ? FOLD[c] : 0;
    }

    /** Whether a folded character is a letter (not a digit, a mask, or the separator). */
    public static boolean isLetter(char folded) {
        return folded != ' ' && folded != '?' && (folded < '0' || folded > '9');
    }

    /** An automaton with no terms, for folding alone. */
    private static final WordTrie NO_TERMS = new WordTrie.Builder().build();

    /**
     * Folds a whole text. The loop handles letters and separators inline (one table read per character); every
     * other character (digits, symbols, masks, zero-width characters, surrogate pairs) goes to {@link #rare}.
     */
    public static NormalisedText normalise(String text) {
        return normalise(text, NO_TERMS, (start, end, term) -> { });
    }

    /**
     * Folds a text and, in the same pass, runs the automaton over every folded character as it is written, then
     * reports the matches (in order of end). Equivalent to {@code trie.match(normalise(text), matches)}, with the
     * automaton's chain of dependent reads overlapped with the folding.
     */
    static NormalisedText normalise(String text, WordTrie trie, WordTrie.Matches matches) {
        NormalisedText out = new NormalisedText(text);
        int len = text.length();
        char[] src = out.source;
        text.getChars(0, len, src, 0);
        char[] chars = out.chars;
        int[] from = out.from;
        char[] fold = FOLD;
        int[] dfa = trie.table;
        short[] symbols = trie.symbolOf;
        int row = trie.start;
        int[] ends = null;
        int found = 0;
        int n = 0;
        char prev = ' ';
        for (int i = 0; i < len; i++) {
            char f = fold[src[i]];
            if (f >= ' ') {
                if (f != prev) {
                    chars[n] = f;
                    from[n] = i;
                    int t = dfa[row + symbols[f]];
                    row = t & Integer.MAX_VALUE;
                    if (t < 0) {
                        ends = note(ends, found, n, row);
                        found += 2;
                    }
                    n++;
                    prev = f;
                }
            } else {
                int before = n;
                long r = rare(text, src, i, out, n);
                n = (int) (r >>> 32);
                i = (int) r;
                for (int k = before; k < n; k++) {
                    int t = dfa[row + symbols[chars[k]]];
                    row = t & Integer.MAX_VALUE;
                    if (t < 0) {
                        ends = note(ends, found, k, row);
                        found += 2;
                    }
                }
                prev = n > 0 ? chars[n - 1] : ' ';
            }
        }
        if (n > 0 && chars[n - 1] == ' ') {
            n--; // the automaton has read the trailing space already
        } else {
            from[n] = len;
            int t = dfa[row + 0]; // as if a space followed the text
            if (t < 0) {
                ends = note(ends, found, n, t & Integer.MAX_VALUE);
                found += 2;
            }
        }
        out.length = n;
        for (int k = 0; k < found; k += 2) {
            trie.report(ends[k + 1] / trie.width, ends[k], matches);
        }
        return out;
    }

    private static int[] note(int[] ends, int found, int end, int row) {
        int[] e = ends;
        if (e == null) {
            e = new int[8];
        } else if (found + 2 > e.length) {
            e = Arrays.copyOf(e, e.length * 2);
        }
        e[found] = end;
        e[found + 1] = row;
        return e;
    }

    /** A character that is not a letter or a separator; returns the new length and the last index consumed. */
    private static long rare(String text, char[] src, int i, NormalisedText out, int n) {
        char c = src[i];
        char[] chars = out.chars;
        int[] from = out.from;
        int len = text.length();
        byte cls = CLASS[c];
        if (cls == C_DIGIT) {
            if (!out.hasDigit) {
                out.hasDigit = true;
                out.firstDigit = i;
            }
            if (c < 128 && LEET[c] != 0 && n > 0 && isLetter(chars[n - 1])) {
                int j = leetRunEnd(text, i);
                if (j > 0) {
                    return pack(emitLeet(text, i, j, out, n), j - 1);
                }
            }
            chars[n] = c <= '9' ? c : (char) ('0' + (c - '\uFF10'));
            from[n] = i;
            return pack(n + 1, i);
        }
        if (cls == C_IGNORE) {
            return pack(n, i); // covered by the folded character before it
        }
        if (cls == C_SYMBOL) {
            int j = symbolRunEnd(text, i, c, out, n);
            return j > 0 ? pack(emitLeet(text, i, j, out, n), j - 1) : pack(separator(out, n, i), i);
        }
        if (cls == C_MASK) {
            int j = i;
            while (j < len && CLASS[text.charAt(j)] == C_MASK && j - i < 4) {
                j++;
            }
            if (n > 0 && isLetter(chars[n - 1]) && j < len && CLASS[text.charAt(j)] == C_LETTER) {
                for (int k = i; k < j; k++) {
                    chars[n] = '?';
                    from[n] = k;
                    n++;
                }
                out.hasMask = true;
                return pack(n, j - 1);
            }
            return pack(separator(out, n, i), i);
        }
        int m = surrogate(text, i, out, n);
        if (i + 1 < len && Character.isHighSurrogate(c) && Character.isLowSurrogate(text.charAt(i + 1))) {
            return pack(m, i + 1);
        }
        return pack(m, i);
    }

    private static long pack(int n, int i) {
        return ((long) n << 32) | (i & 0xFFFFFFFFL);
    }

    /** Whether a character carries no meaning for matching (zero-width, combining mark, apostrophe). */
    static boolean isIgnorable(char c) {
        return CLASS[c] == C_IGNORE;
    }

    /** The end of a run of at most three leet characters starting at {@code i} that a letter follows, or -1. */
    private static int leetRunEnd(String text, int i) {
        int len = text.length();
        int j = i;
        while (j < len && j - i < 4) {
            char c = text.charAt(j);
            if (c >= 128 || LEET[c] == 0 || c == '@') {
                break;
            }
            j++;
        }
        if (j - i > 3 || j >= len || CLASS[text.charAt(j)] != C_LETTER) {
            return -1;
        }
        return j;
    }

    private static int emitLeet(String text, int i, int j, NormalisedText out, int n) {
        for (int k = i; k < j; k++) {
            n = appendLetter(out, n, LEET[text.charAt(k)], k);
        }
        return n;
    }

    private static int appendLetter(NormalisedText out, int n, char f, int index) {
        if (n > 0 && out.chars[n - 1] == f) {
            return n;
        }
        out.chars[n] = f;
        out.from[n] = index;
        return n + 1;
    }

    /**
     * A '$', '!' or '@' starting at {@code i}: the end of the run of symbols that stands for letters
     * ({@code $hit}, {@code b!tch}, {@code a$$}, {@code @ss}), or -1 when it is a separator (an '@' between word
     * characters is then noted as a candidate e-mail address).
     */
    private static int symbolRunEnd(String text, int i, char c, NormalisedText out, int n) {
        int len = text.length();
        boolean prevLetter = n > 0 && isLetter(out.chars[n - 1]);
        boolean prevWord = n > 0 && out.chars[n - 1] != ' ';
        int j = i;
        while (j < len && j - i < 4) {
            char d = text.charAt(j);
            if (d >= 128 || LEET[d] == 0) {
                break;
            }
            j++;
        }
        boolean nextLetter = j < len && CLASS[text.charAt(j)] == C_LETTER;
        boolean nextWord = j < len && (CLASS[text.charAt(j)] == C_LETTER || CLASS[text.charAt(j)] == C_DIGIT);
        boolean shortRun = j - i <= 3;
        if (c == '@') {
            if (prevWord && i + 1 < len && isWordChar(text.charAt(i + 1))) {
                out.addAtSign(i);
                return -1;
            }
            return !prevWord && nextLetter && shortRun ? j : -1;
        }
        boolean allDollar = true;
        for (int k = i; k < j; k++) {
            if (text.charAt(k) != '$') {
                allDollar = false;
                break;
            }
        }
        if (shortRun && prevLetter && nextLetter) {
            return j;
        }
        if (shortRun && allDollar && ((prevLetter && !nextWord) || (!prevWord && nextLetter))) {
            return j;
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        byte cls = CLASS[c];
        return cls == C_LETTER || cls == C_DIGIT;
    }

    private static int separator(NormalisedText out, int n, int i) {
        if (n == 0 || out.chars[n - 1] == ' ') {
            return n;
        }
        out.chars[n] = ' ';
        out.from[n] = i;
        return n + 1;
    }

    /** A surrogate pair: a letter or digit of another plane (mathematical letters fold to ASCII), or a symbol. */
    private static int surrogate(String text, int i, NormalisedText out, int n) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return separator(out, n, i);
        }
        int cp = Character.toCodePoint(text.charAt(i), text.charAt(i + 1));
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
            return n; // covered by the folded character before it
        }
        if (Character.isLetterOrDigit(cp)) {
            String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
            char first = decomposed.charAt(0);
            char folded = first < 128 && Character.isLetterOrDigit(first) ? Character.toLowerCase(first) : '\u00FF';
            if (folded >= '0' && folded <= '9') {
                if (!out.hasDigit) {
                    out.hasDigit = true;
                    out.firstDigit = i;
                }
                out.chars[n] = folded;
                out.from[n] = i;
                return n + 1;
            }
            return appendLetter(out, n, folded, i);
        }
        return separator(out, n, i);
    }
}
