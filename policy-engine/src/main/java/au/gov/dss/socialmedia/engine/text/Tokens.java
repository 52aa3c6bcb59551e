package au.gov.dss.socialmedia.engine.text;

import java.util.Arrays;

/**
 * The words of a text, in order, for sentence analysis: each with its span in the text as received, its folded
 * form (lower case, accents removed), its shape (capitalised, all capitals, lower case, number) and the number of
 * the sentence it is in. Contractions are read as written and spelt out: {@code we'll} is {@code we} and
 * {@code will}, {@code can't} is {@code can} and {@code not}, {@code who're} is {@code who} and {@code are};
 * {@code 's} stays a word of its own ({@code Ky's} is {@code ky} and {@code 's}); {@code gonna} and
 * {@code wanna} are {@code going to} and {@code want to}. Hyphens and slashes separate words; a full stop,
 * question or exclamation mark, semicolon, colon or line break ends a sentence, except a full stop inside a
 * word or number ({@code dss.gov.au}, {@code 12.4}) or after a title ({@code Mr.}, {@code Dr.}).
 *
 * <p>Built per text only when a sentence rule needs it; not shared between threads.
 */
public final class Tokens {

    /** A word starting with a capital letter followed by other letters ({@code Karen}, {@code McDonald}). */
    public static final byte CAPITALISED = 1;
    /** A word of two or more letters, all capitals ({@code NDIS}). */
    public static final byte ALL_CAPITALS = 2;
    /** A word in lower case. */
    public static final byte LOWER = 0;
    /** A word starting with a digit. */
    public static final byte NUMBER = 3;

    private final String text;
    private int count;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private String[] word = new String[16];
    private byte[] shape = new byte[16];
    private int[] sentence = new int[16];

    private Tokens(String text) {
        this.text = text;
    }

    /** The words of a text. */
    public static Tokens of(String text) {
        Tokens t = new Tokens(text);
        t.read();
        return t;
    }

    /** The number of words. */
    public int size() {
        return count;
    }

    /** The folded form of word {@code i}. */
    public String word(int i) {
        return word[i];
    }

    /** The index in the text of the first character of word {@code i}. */
    public int start(int i) {
        return start[i];
    }

    /** One past the index in the text of the last character of word {@code i}. */
    public int end(int i) {
        return end[i];
    }

    /** The shape of word {@code i}: {@link #LOWER}, {@link #CAPITALISED}, {@link #ALL_CAPITALS} or {@link #NUMBER}. */
    public byte shape(int i) {
        return shape[i];
    }

    /** The number of the sentence word {@code i} is in (from 0). */
    public int sentence(int i) {
        return sentence[i];
    }

    /** Whether word {@code i} is the first of its sentence. */
    public boolean startsSentence(int i) {
        return i == 0 || sentence[i - 1] != sentence[i];
    }

    /** The text as received. */
    public String text() {
        return text;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private void read() {
        String s = text;
        int n = s.length();
        int sent = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '\n') && count > 0
                        && sentence[count - 1] == sent && endsSentence(s, i)) {
                    sent++;
                }
                i++;
                continue;
            }
            int b = i;
            int apostrophe = -1;
            while (i < n) {
                char d = s.charAt(i);
                if (isWordChar(d)) {
                    i++;
                } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(s.charAt(i + 1)) && apostrophe < 0) {
                    apostrophe = i;
                    i++;
                } else {
                    break;
                }
            }
            word(s, b, i, apostrophe, sent);
        }
    }

    /** Whether the separator at {@code i} ends a sentence. */
    private boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\n' || c == ':') {
            return c != ':' || i + 1 >= s.length() || !Character.isDigit(s.charAt(i + 1));
        }
        if (c != '.') {
            return false;
        }
        if (i + 1 < s.length() && isWordChar(s.charAt(i + 1))) {
            return false; // dss.gov.au, 12.4
        }
        String last = word[count - 1];
        return !(end[count - 1] == i && (last.length() == 1 || TITLES.contains(last)));
    }

    private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "st", "no",
            "vs", "prof", "hon", "sen", "rev", "jr", "sr", "eg", "ie", "etc", "approx", "dept", "govt");

    private void word(String s, int b, int e, int apostrophe, int sent) {
        if (apostrophe > 0) {
            String clitic = fold(s, apostrophe + 1, e);
            String base = fold(s, b, apostrophe);
            if (clitic.equals("t") && base.endsWith("n") && base.length() > 1) {
                String stem = base.substring(0, base.length() - 1);
                add(b, apostrophe - 1, stem.equals("wo") ? "will" : stem.equals("ca") ? "can"
                        : stem.equals("sha") ? "shall" : stem, shapeOf(s, b, apostrophe - 1), sent);
                add(apostrophe - 1, e, "not", LOWER, sent);
                return;
            }
            String spelt = switch (clitic) {
                case "ll" -> "will";
                case "re" -> "are";
                case "ve" -> "have";
                case "d" -> "would";
                case "m" -> "am";
                case "s" -> "'s";
                default -> null;
            };
            if (spelt != null) {
                add(b, apostrophe, base, shapeOf(s, b, apostrophe), sent);
                add(apostrophe, e, spelt, LOWER, sent);
                return;
            }
            // o'neill, d'arcy: one word
            add(b, e, base + clitic, shapeOf(s, b, e), sent);
            return;
        }
        String w = fold(s, b, e);
        if (w.equals("gonna") || w.equals("wanna") || w.equals("gotta")) {
            add(b, e, w.equals("gonna") ? "going" : w.equals("wanna") ? "want" : "got", LOWER, sent);
            add(b, e, "to", LOWER, sent);
            return;
        }
        add(b, e, w, shapeOf(s, b, e), sent);
    }

    private static byte shapeOf(String s, int b, int e) {
        char first = s.charAt(b);
        if (Character.isDigit(first)) {
            return NUMBER;
        }
        if (!Character.isUpperCase(first)) {
            return LOWER;
        }
        int letters = 0;
        for (int k = b; k < e; k++) {
            char c = s.charAt(k);
            if (Character.isLowerCase(c)) {
                return CAPITALISED;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2 ? ALL_CAPITALS : CAPITALISED;
    }

    private static final String LEET_DIGITS = "0o1i3e4a5s7t";

    private static String fold(String s, int b, int e) {
        boolean plain = true;
        for (int k = b; k < e && plain; k++) {
            char c = s.charAt(k);
            plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9' && (k == b || !Character.isLetter(s.charAt(k - 1))));
        }
        if (plain) {
            return s.substring(b, e); // lower-case ASCII already: the common case
        }
        char[] out = new char[e - b];
        int n = 0;
        for (int k = b; k < e; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9' && k > b && k + 1 < e && Character.isLetter(s.charAt(k - 1))
                    && Character.isLetter(s.charAt(k + 1))) {
                int at = LEET_DIGITS.indexOf(c);
                if (at >= 0 && at % 2 == 0) {
                    out[n++] = LEET_DIGITS.charAt(at + 1);
                    continue;
                }
            }
            char f = TextNormaliser.foldChar(c);
            out[n++] = f == 0 ? c : f;
        }
        return new String(out, 0, n);
    }

    private void add(int b, int e, String w, byte sh, int sent) {
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            word = Arrays.copyOf(word, size);
            shape = Arrays.copyOf(shape, size);
            sentence = Arrays.copyOf(sentence, size);
        }
        start[count] = b;
        end[count] = e;
        word[count] = w;
        shape[count] = sh;
        sentence[count] = sent;
        count++;
    }

    /** The words, folded, separated by spaces (for tests and diagnostics). */
    @Override
    public String toString() {
        return String.join(" ", Arrays.copyOf(word, count));
    }
}
