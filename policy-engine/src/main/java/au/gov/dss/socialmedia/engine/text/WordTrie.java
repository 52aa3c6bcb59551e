package au.gov.dss.socialmedia.engine.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An Aho-Corasick automaton over folded text that finds every term of a lexicon standing as whole words: a term
 * matches only where a word starts and only if a word ends where the term ends (so {@code cock} never matches in
 * {@code Cockermouth} or {@code cocktail}). Terms may span several words ({@code top secret}); any run of separators
 * in the text is one space in the folded text and matches the single space between the words of a term.
 *
 * <p>Whole words come for free: the automaton is built over each term framed by spaces ({@code " cock "}) and run
 * over the folded text framed by spaces, so a match can only start and end at word boundaries. The failure links
 * are compiled into a complete transition table (a DFA) with states numbered breadth-first, each entry holding the
 * next row's offset, so that each character costs one addition and one table read with no data-dependent branch,
 * the states common text visits share a few cache lines, and the cost per character stays nearly the same as the
 * lexicon grows. Built once by {@link Builder}; immutable and thread-safe afterwards.
 */
public final class WordTrie {

    /** Receives the matches of {@link #match}. */
    @FunctionalInterface
    public interface Matches {
        /**
         * A term matched folded characters {@code start} (inclusive) to {@code end} (exclusive).
         *
         * @param term the term's number, as given to {@link Builder#add}
         */
        void match(int start, int end, int term);
    }

    private static final int SPACE = 0;

    final short[] symbolOf;
    final int width;
    final int[] table;
    private final int[] firstTerm;
    private final int[] nextTerm;
    private final int[] termLength;
    private final int[] suffixWithTerms;
    final int start;
    private final int states;

    private WordTrie(short[] symbolOf, int width, int[] table, int[] firstTerm, int[] nextTerm, int[] termLength,
                     int[] suffixWithTerms, int states) {
        this.symbolOf = symbolOf;
        this.width = width;
        // each entry holds the target's row offset (state times width) rather than its number, so that the next
        // read needs one addition, not a multiplication: the walk is a chain of dependent reads, and this shortens
        // every link; the sign bit says that a term ends there
        this.table = new int[table.length];
        for (int i = 0; i < table.length; i++) {
            int t = table[i];
            this.table[i] = (t & Integer.MAX_VALUE) * width | (t & Integer.MIN_VALUE);
        }
        this.firstTerm = firstTerm;
        this.nextTerm = nextTerm;
        this.termLength = termLength;
        this.suffixWithTerms = suffixWithTerms;
        this.states = states;
        this.start = this.table[SPACE] & Integer.MAX_VALUE; // the row after a space at the start
    }

    /** The number of states (for diagnostics and benchmarks). */
    public int states() {
        return states;
    }

    /**
     * Folds the text and reports every whole-word match in it in one pass: the automaton reads each folded
     * character as the folding writes it (see {@link TextNormaliser#normalise(String, WordTrie, Matches)}).
     */
    public NormalisedText foldAndMatch(String text, Matches matches) {
        return TextNormaliser.normalise(text, this, matches);
    }

    /** Reports every whole-word match in the folded text, in order of end, then from the longest term. */
    public void match(NormalisedText text, Matches matches) {
        char[] chars = text.chars;
        int n = text.length;
        int[] dfa = table;
        short[] symbols = symbolOf;
        int row = start; // as if after a space before the text
        for (int q = 0; q < n; q++) {
            int t = dfa[row + symbols[chars[q]]];
            row = t & Integer.MAX_VALUE;
            if (t < 0) {
                report(row / width, q, matches);
            }
        }
        int t = dfa[row + SPACE]; // as if a space followed the text
        if (t < 0) {
            report((t & Integer.MAX_VALUE) / width, n, matches);
        }
    }

    /** Reports the terms ending (before the space just read) in state s and in its suffixes. */
    void report(int s, int end, Matches matches) {
        int state = firstTerm[s] >= 0 ? s : suffixWithTerms[s];
        while (state > 0) {
            for (int term = firstTerm[state]; term >= 0; term = nextTerm[term]) {
                matches.match(end - termLength[term], end, term);
            }
            state = suffixWithTerms[state];
        }
    }

    /** Builds a {@link WordTrie} from folded terms. */
    public static final class Builder {
        private int alphabet = 1; // symbol 0 is the space
        private final int[] symbolOfLatin = new int[256];
        private final Map<Character, Integer> symbolOfOther = new HashMap<>();
        private String[] termText = new String[16];
        private int terms;

        /** An empty builder. */
        public Builder() {
            Arrays.fill(symbolOfLatin, -1);
            symbolOfLatin[' '] = SPACE;
        }

        /**
         * Adds a term, already folded by {@link TextNormaliser} (letters, digits and single spaces). Terms are
         * numbered from 0 in the order they are added.
         *
         * @return the term's number
         */
        public int add(String folded) {
            if (folded.isEmpty() || folded.charAt(0) == ' ' || folded.charAt(folded.length() - 1) == ' ') {
                throw new IllegalArgumentException("a term must be folded and trimmed, but was '" + folded + "'");
            }
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c == '?') {
                    throw new IllegalArgumentException("a term must not contain a mask: '" + folded + "'");
                }
                if (c < 256) {
                    if (symbolOfLatin[c] < 0) {
                        symbolOfLatin[c] = alphabet++;
                    }
                } else if (!symbolOfOther.containsKey(c)) {
                    symbolOfOther.put(c, alphabet++);
                }
            }
            if (terms == termText.length) {
                termText = Arrays.copyOf(termText, terms * 2);
            }
            termText[terms] = folded;
            return terms++;
        }

        private int symbol(char c) {
            return c < 256 ? symbolOfLatin[c] : symbolOfOther.get(c);
        }

        /** The automaton over the terms added so far. */
        public WordTrie build() {
            int width = alphabet + 1; // and one column for every character no term has
            int none = alphabet;
            // 1. the trie of " term " for every term, states numbered as created
            int capacity = 2;
            for (int t = 0; t < terms; t++) {
                capacity += termText[t].length() + 1;
            }
            int[] child = new int[capacity * width];
            int[] own = new int[capacity];
            Arrays.fill(own, -1);
            int[] nextTerm = new int[Math.max(1, terms)];
            Arrays.fill(nextTerm, -1);
            int[] termLength = new int[Math.max(1, terms)];
            int created = 1;
            for (int t = 0; t < terms; t++) {
                String term = termText[t];
                termLength[t] = term.length();
                int s = 0;
                for (int i = -1; i <= term.length(); i++) {
                    int sym = i < 0 || i == term.length() ? SPACE : symbol(term.charAt(i));
                    int target = child[s * width + sym];
                    if (target == 0) {
                        target = created++;
                        child[s * width + sym] = target;
                    }
                    s = target;
                }
                if (own[s] < 0) {
                    own[s] = t;
                } else {
                    int last = own[s];
                    while (nextTerm[last] >= 0) {
                        last = nextTerm[last];
                    }
                    nextTerm[last] = t;
                }
            }
            // 2. breadth-first: numbering, failure links, the complete table, and suffix links to states with terms
            int[] order = new int[created];
            int[] number = new int[created];
            int[] fail = new int[created];
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int s = order[head++];
                for (int sym = 0; sym < width; sym++) {
                    int target = child[s * width + sym];
                    if (target != 0) {
                        number[target] = tail;
                        order[tail++] = target;
                    }
                }
            }
            int[] table = new int[created * width];
            int[] firstTerm = new int[created];
            int[] suffix = new int[created];
            for (int i = 0; i < created; i++) {
                int s = order[i]; // in breadth-first order, so every failure target is complete already
                int renumbered = i;
                firstTerm[renumbered] = own[s];
                for (int sym = 0; sym < width; sym++) {
                    int target = child[s * width + sym];
                    int dfaTarget;
                    if (target != 0) {
                        fail[target] = s == 0 ? 0 : order[table[number[fail[s]] * width + sym] & Integer.MAX_VALUE];
                        dfaTarget = number[target];
                    } else {
                        dfaTarget = s == 0 ? 0 : table[number[fail[s]] * width + sym] & Integer.MAX_VALUE;
                    }
                    table[renumbered * width + sym] = dfaTarget;
                }
            }
            for (int i = 1; i < created; i++) {
                int f = number[fail[order[i]]];
                suffix[i] = firstTerm[f] >= 0 ? f : suffix[f];
            }
            // mark every transition into a state where a term (or a suffix's term) ends with the sign bit
            for (int i = 0; i < table.length; i++) {
                int target = table[i];
                if (target != 0 && (firstTerm[target] >= 0 || suffix[target] > 0)) {
                    table[i] = target | Integer.MIN_VALUE;
                }
            }
            short[] symbolOf = new short[65536];
            Arrays.fill(symbolOf, (short) none);
            for (int c = 0; c < 256; c++) {
                if (symbolOfLatin[c] >= 0) {
                    symbolOf[c] = (short) symbolOfLatin[c];
                }
            }
            symbolOfOther.forEach((c, sym) -> symbolOf[c] = (short) (int) sym);
            return new WordTrie(symbolOf, width, table, firstTerm, Arrays.copyOf(nextTerm, Math.max(1, terms)),
                    termLength, suffix, created);
        }
    }
}
