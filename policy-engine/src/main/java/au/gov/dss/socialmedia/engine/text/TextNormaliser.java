package au.gov.dss.socialmedia.engine.text;

import java.text.Normalizer;

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
            return;
        }
        if (c >= '0' && c <= '9') {
            CLASS[c] = C_DIGIT;
            FOLD[c] = c;
            return;
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            CLASS[c] = C_DIGIT;
            FOLD[c] = (char) ('0' + (c - '\uFF10'));
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

    /** Whether a folded character is a letter (not a digit, a mask, or the separator). */
    public static boolean isLetter(char folded) {
        return folded != ' ' && folded != '?' && (folded < '0' || folded > '9');
    }

    /** Folds a whole text. */
    public static NormalisedText normalise(String text) {
        NormalisedText out = new NormalisedText(text);
        char[] chars = out.chars;
        int[] from = out.from;
        int[] to = out.to;
        byte[] runs = out.runs;
        int n = 0;
        int len = text.length();
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            byte cls = CLASS[c];
            if (cls == C_LETTER) {
                char f = FOLD[c];
                if (n > 0 && chars[n - 1] == f) {
                    if (runs[n - 1] < 127) {
                        runs[n - 1]++;
                    }
                    to[n - 1] = i + 1;
                } else {
                    chars[n] = f;
                    from[n] = i;
                    to[n] = i + 1;
                    runs[n] = 1;
                    n++;
                }
            } else if (cls == C_SEP) {
                if (n > 0) {
                    if (chars[n - 1] == ' ') {
                        to[n - 1] = i + 1;
                    } else {
                        chars[n] = ' ';
                        from[n] = i;
                        to[n] = i + 1;
                        runs[n] = 1;
                        n++;
                    }
                }
            } else if (cls == C_DIGIT) {
                out.hasDigit = true;
                if (c < 128 && LEET[c] != 0 && n > 0 && isLetter(chars[n - 1])) {
                    int j = leetRunEnd(text, i);
                    if (j > 0) {
                        n = emitLeet(text, i, j, out, n);
                        i = j - 1;
                        continue;
                    }
                }
                chars[n] = FOLD[c];
                from[n] = i;
                to[n] = i + 1;
                runs[n] = 1;
                n++;
            } else if (cls == C_IGNORE) {
                if (n > 0 && chars[n - 1] != ' ') {
                    to[n - 1] = i + 1;
                }
            } else if (cls == C_SYMBOL) {
                n = symbol(text, i, c, out, n);
                if (n < 0) {
                    // a leet run was emitted; its end was stored in out.length
                    n = -n - 1;
                    i = out.length - 1;
                }
            } else if (cls == C_MASK) {
                int j = i;
                while (j < len && CLASS[text.charAt(j)] == C_MASK && j - i < 4) {
                    j++;
                }
                if (n > 0 && isLetter(chars[n - 1]) && j < len && CLASS[text.charAt(j)] == C_LETTER) {
                    for (int k = i; k < j; k++) {
                        chars[n] = '?';
                        from[n] = k;
                        to[n] = k + 1;
                        runs[n] = 1;
                        n++;
                    }
                    out.hasMask = true;
                    i = j - 1;
                } else if (n > 0 && chars[n - 1] != ' ') {
                    chars[n] = ' ';
                    from[n] = i;
                    to[n] = i + 1;
                    runs[n] = 1;
                    n++;
                } else if (n > 0) {
                    to[n - 1] = i + 1;
                }
            } else {
                n = surrogate(text, i, out, n);
                if (i + 1 < len && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                }
            }
        }
        if (n > 0 && chars[n - 1] == ' ') {
            n--;
        }
        out.length = n;
        return out;
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
            if (out.runs[n - 1] < 127) {
                out.runs[n - 1]++;
            }
            out.to[n - 1] = index + 1;
            return n;
        }
        out.chars[n] = f;
        out.from[n] = index;
        out.to[n] = index + 1;
        out.runs[n] = 1;
        return n + 1;
    }

    /**
     * A '$', '!' or '@': a letter when it stands for one ({@code $hit}, {@code b!tch}, {@code a$$}, {@code @ss}),
     * otherwise a separator (and an '@' between word characters is noted as a candidate e-mail address). Returns
     * the new length, or {@code -(length) - 1} after emitting a run that ends elsewhere (its end in out.length).
     */
    private static int symbol(String text, int i, char c, NormalisedText out, int n) {
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
            } else if (!prevWord && nextLetter && shortRun) {
                return leetRun(text, i, j, out, n);
            }
            return separator(out, n, i);
        }
        boolean allDollar = true;
        for (int k = i; k < j; k++) {
            if (text.charAt(k) != '$') {
                allDollar = false;
                break;
            }
        }
        if (shortRun && prevLetter && nextLetter) {
            return leetRun(text, i, j, out, n);
        }
        if (shortRun && allDollar && ((prevLetter && !nextWord) || (!prevWord && nextLetter))) {
            return leetRun(text, i, j, out, n);
        }
        return separator(out, n, i);
    }

    private static int leetRun(String text, int i, int j, NormalisedText out, int n) {
        int m = emitLeet(text, i, j, out, n);
        out.length = j;
        return -m - 1;
    }

    private static boolean isWordChar(char c) {
        byte cls = CLASS[c];
        return cls == C_LETTER || cls == C_DIGIT;
    }

    private static int separator(NormalisedText out, int n, int i) {
        if (n == 0) {
            return 0;
        }
        if (out.chars[n - 1] == ' ') {
            out.to[n - 1] = i + 1;
            return n;
        }
        out.chars[n] = ' ';
        out.from[n] = i;
        out.to[n] = i + 1;
        out.runs[n] = 1;
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
            if (n > 0) {
                out.to[n - 1] = i + 2;
            }
            return n;
        }
        if (Character.isLetterOrDigit(cp)) {
            String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
            char first = decomposed.charAt(0);
            char folded;
            if (first < 128 && Character.isLetterOrDigit(first)) {
                folded = Character.toLowerCase(first);
            } else {
                folded = '\u00FF';
            }
            if (folded >= '0' && folded <= '9') {
                out.hasDigit = true;
                out.chars[n] = folded;
                out.from[n] = i;
                out.to[n] = i + 2;
                out.runs[n] = 1;
                return n + 1;
            }
            int m = appendLetter(out, n, folded, i);
            out.to[m - 1] = i + 2;
            return m;
        }
        int m = separator(out, n, i);
        if (m > 0) {
            out.to[m - 1] = i + 2;
        }
        return m;
    }
}
