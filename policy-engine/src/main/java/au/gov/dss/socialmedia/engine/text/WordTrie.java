package au.gov.dss.socialmedia.engine.text;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A deterministic automaton over folded text that finds every term of a lexicon standing as whole words: a term
 * matches only where a word starts and only if a word ends where the term ends (so {@code cock} never matches in
 * {@code Cockermouth} or {@code cocktail}). Terms may span several words ({@code top secret}); any run of separators
 * in the text matches the single space between the words of a term.
 *
 * <p>Because matches are anchored at word starts, the automaton needs no failure links: from each word start it
 * follows a dense transition table (one array read per character) until no term continues, which is typically
 * after one to three characters, so the cost per character stays the same as the lexicon grows. Built once by
 * {@link Builder}; immutable and thread-safe afterwards.
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

    private final int alphabet;
    private final int[] symbolOfLatin;
    private final Map<Character, Integer> symbolOfOther;
    private final int[] next;
    private final int[] firstTerm;
    private final int[] nextTerm;
    private final int states;

    private WordTrie(Builder builder) {
        this.alphabet = builder.alphabet;
        this.symbolOfLatin = builder.symbolOfLatin.clone();
        this.symbolOfOther = Map.copyOf(builder.symbolOfOther);
        this.states = builder.states;
        this.next = Arrays.copyOf(builder.next, builder.states * builder.alphabet);
        this.firstTerm = Arrays.copyOf(builder.firstTerm, builder.states);
        this.nextTerm = Arrays.copyOf(builder.nextTerm, builder.terms);
    }

    /** The number of states (for diagnostics and benchmarks). */
    public int states() {
        return states;
    }

    private int symbol(char c) {
        if (c < 256) {
            return symbolOfLatin[c];
        }
        Integer s = symbolOfOther.get(c);
        return s == null ? -1 : s;
    }

    /** Reports every whole-word match in the folded text, in order of start, then of end. */
    public void match(NormalisedText text, Matches matches) {
        char[] chars = text.chars;
        int n = text.length;
        int[] table = next;
        int width = alphabet;
        int p = 0;
        while (p < n) {
            // p is a word start
            int s = 0;
            int firstSpace = -1;
            int q = p;
            while (q < n) {
                char c = chars[q];
                int sym = c < 256 ? symbolOfLatin[c] : symbol(c);
                if (sym < 0) {
                    break;
                }
                s = table[s * width + sym];
                if (s == 0) {
                    break;
                }
                if (c == ' ' && firstSpace < 0) {
                    firstSpace = q;
                }
                q++;
                if (firstTerm[s] >= 0 && (q == n || chars[q] == ' ')) {
                    for (int t = firstTerm[s]; t >= 0; t = nextTerm[t]) {
                        matches.match(p, q, t);
                    }
                }
            }
            if (firstSpace >= 0) {
                p = firstSpace + 1;
            } else {
                while (q < n && chars[q] != ' ') {
                    q++;
                }
                p = q + 1;
            }
        }
    }

    /** Builds a {@link WordTrie} from folded terms. */
    public static final class Builder {
        private int alphabet = 1;
        private final int[] symbolOfLatin = new int[256];
        private final Map<Character, Integer> symbolOfOther = new HashMap<>();
        private String[] termText = new String[16];
        private int terms;
        private int[] next;
        private int[] firstTerm;
        private int[] nextTerm;
        private int states;

        /** An empty builder. */
        public Builder() {
            Arrays.fill(symbolOfLatin, -1);
            symbolOfLatin[' '] = 0;
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

        /** The automaton over the terms added so far. */
        public WordTrie build() {
            int capacity = 1;
            for (int t = 0; t < terms; t++) {
                capacity += termText[t].length();
            }
            next = new int[Math.max(1, capacity) * alphabet];
            firstTerm = new int[capacity];
            Arrays.fill(firstTerm, -1);
            nextTerm = new int[Math.max(1, terms)];
            Arrays.fill(nextTerm, -1);
            states = 1;
            for (int t = 0; t < terms; t++) {
                String term = termText[t];
                int s = 0;
                for (int i = 0; i < term.length(); i++) {
                    char c = term.charAt(i);
                    int sym = c < 256 ? symbolOfLatin[c] : symbolOfOther.get(c);
                    int target = next[s * alphabet + sym];
                    if (target == 0) {
                        target = states++;
                        next[s * alphabet + sym] = target;
                    }
                    s = target;
                }
                // keep terms of a state in the order added
                if (firstTerm[s] < 0) {
                    firstTerm[s] = t;
                } else {
                    int last = firstTerm[s];
                    while (nextTerm[last] >= 0) {
                        last = nextTerm[last];
                    }
                    nextTerm[last] = t;
                }
            }
            return new WordTrie(this);
        }
    }
}
