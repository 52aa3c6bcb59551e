package au.gov.dss.socialmedia.engine.detect;

import au.gov.dss.socialmedia.engine.rules.RuleSetException;
import au.gov.dss.socialmedia.engine.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pattern of a sentence rule: a sequence of elements matched against the words of one sentence. Elements are
 * written separated by spaces:
 * <ul>
 *   <li>{@code <class>}: any phrase of the rule set's word class ({@code <we>}, {@code <deadline>});</li>
 *   <li>{@code word} or {@code word|other}: the words themselves; {@code +} and {@code ++} give a lemma's forms
 *       ({@code recommend++} is recommend, recommends, recommended, recommending...); {@code _} joins the words
 *       of one alternative ({@code taking_over});</li>
 *   <li>{@code <NAME>}: a name as written: one or more capitalised words ({@code Ability Plus},
 *       {@code Minister Rishworth}, {@code NDIA}), not a word of the class {@code not-names};</li>
 *   <li>{@code <PERSON>}: a name with no word of the class {@code organisation-words} and no acronym;</li>
 *   <li>{@code ...} (or {@code ...N}): up to 6 (or N) other words, never a negation ({@code not}, {@code never})
 *       or a condition ({@code if}, {@code after}), so that "we cannot guarantee" is not read as "we
 *       guarantee";</li>
 *   <li>{@code ^}: the start of a sentence;</li>
 *   <li>{@code <PROVIDER>}: a name that is not one of the class {@code public-bodies} (a provider, a product);</li>
 *   <li>a trailing {@code ?} makes an element optional; a leading {@code !} makes it a condition that the next
 *       words are not of the class (it matches no word).</li>
 * </ul>
 * The match is the words from the first element to the last; it never crosses the end of a sentence.
 */
final class SentencePattern {

    private static final int PHRASES = 0;
    private static final int GAP = 1;
    private static final int NAME = 2;
    private static final int PERSON = 3;
    private static final int PROVIDER = 4;
    private static final int START = 5;
    /** Words a gap never skips: negations, and conditions that make what follows hypothetical. */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "cannot", "if",
            "unless", "after", "when", "whether");

    /** Phrases as word arrays, indexed by first word. */
    static final class Phrases {
        final Map<String, List<String[]>> byFirst = new HashMap<>();

        void add(String[] words) {
            List<String[]> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
            list.add(words);
            list.sort((a, b) -> Integer.compare(b.length, a.length)); // longest first
        }

        boolean containsWord(String w) {
            List<String[]> list = byFirst.get(w);
            if (list == null) {
                return false;
            }
            for (String[] p : list) {
                if (p.length == 1) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Element(int kind, boolean optional, boolean negative, Phrases phrases, int max) {
    }

    private final Element[] elements;
    private final String source;
    private final Phrases notNames;
    private final Phrases organisationWords;
    private final Phrases publicBodies;

    private SentencePattern(Element[] elements, String source, Map<String, Phrases> classes) {
        Phrases empty = new Phrases();
        this.elements = elements;
        this.source = source;
        this.notNames = classes.getOrDefault("not-names", empty);
        this.organisationWords = classes.getOrDefault("organisation-words", empty);
        this.publicBodies = classes.getOrDefault("public-bodies", empty);
    }

    /** The phrases of a list of entries (each may carry {@code +}/{@code ++}), as the tokenizer reads them. */
    static Phrases phrases(List<String> entries) {
        Phrases p = new Phrases();
        for (String entry : entries) {
            if (entry.startsWith("'")) {
                String clitic = entry.substring(1);
                p.add(new String[] {clitic.equals("ll") ? "will" : clitic.equals("re") ? "are"
                        : clitic.equals("ve") ? "have" : clitic.equals("m") ? "am" : "'" + clitic});
                continue;
            }
            for (String form : Morphology.phraseForms(entry)) {
                Tokens t = Tokens.of(form);
                if (t.size() == 0) {
                    continue;
                }
                String[] words = new String[t.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = t.word(i);
                }
                p.add(words);
            }
        }
        return p;
    }

    /** Compiles a pattern with the rule set's word classes. */
    static SentencePattern compile(String pattern, Map<String, Phrases> classes, String ruleId) {
        List<Element> elements = new ArrayList<>();
        for (String raw : pattern.strip().split("\\s+")) {
            String e = raw;
            boolean negative = e.startsWith("!");
            if (negative) {
                e = e.substring(1);
            }
            boolean optional = e.length() > 1 && e.endsWith("?") ;
            if (optional) {
                e = e.substring(0, e.length() - 1);
            }
            if (e.equals("^")) {
                elements.add(new Element(START, false, false, null, 0));
            } else if (e.startsWith("...")) {
                int max = e.length() > 3 ? Integer.parseInt(e.substring(3)) : 6;
                elements.add(new Element(GAP, false, false, null, max));
            } else if (e.equals("<NAME>") || e.equals("<PERSON>") || e.equals("<PROVIDER>")) {
                int kind = e.equals("<NAME>") ? NAME : e.equals("<PERSON>") ? PERSON : PROVIDER;
                elements.add(new Element(kind, optional, false, null, 0));
            } else if (e.startsWith("<") && e.endsWith(">")) {
                String name = e.substring(1, e.length() - 1);
                Phrases p = classes.get(name);
                if (p == null) {
                    throw RuleSetException.inRule(ruleId, "rule " + ruleId + ": pattern \"" + pattern
                            + "\" names the word class <" + name + ">, which the rule set does not define");
                }
                elements.add(new Element(PHRASES, optional, negative, p, 0));
            } else {
                elements.add(new Element(PHRASES, optional, negative, phrases(List.of(e.replace('_', ' ')
                        .split("\\|"))), 0));
            }
        }
        if (elements.isEmpty() || elements.get(0).kind() == GAP
                || (elements.get(0).kind() == START && (elements.size() < 2 || elements.get(1).kind() == GAP))) {
            throw RuleSetException.inRule(ruleId, "rule " + ruleId + ": pattern \"" + pattern
                    + "\" must start with words");
        }
        return new SentencePattern(elements.toArray(new Element[0]), pattern, classes);
    }

    /**
     * The words a match can start with, or null when it can start with any word (a name, an optional first
     * element, the start of a sentence).
     */
    java.util.Set<String> firstWords() {
        Element first = elements[0];
        if (first.kind() != PHRASES || first.optional() || first.negative()) {
            return null;
        }
        return first.phrases().byFirst.keySet();
    }

    /** The pattern as written. */
    String source() {
        return source;
    }

    /**
     * The first match starting at word {@code i} and ending at or before word {@code limit} (exclusive), as the
     * index one past its last word, or -1.
     */
    int matchAt(Tokens t, int i, int limit) {
        return match(t, 0, i, limit);
    }

    private int match(Tokens t, int e, int i, int limit) {
        if (e == elements.length) {
            return i;
        }
        Element el = elements[e];
        switch (el.kind()) {
            case START:
                return t.startsSentence(i) ? match(t, e + 1, i, limit) : -1;
            case GAP: {
                for (int g = 0; g <= el.max() && i + g <= limit; g++) {
                    if (g > 0 && NEGATIONS.contains(t.word(i + g - 1))) {
                        break;
                    }
                    int r = match(t, e + 1, i + g, limit);
                    if (r >= 0) {
                        return r;
                    }
                }
                return -1;
            }
            case PHRASES: {
                if (el.negative()) {
                    return phraseEnd(el.phrases(), t, i, limit, 0) >= 0 ? -1 : match(t, e + 1, i, limit);
                }
                for (int k = 0; ; k++) {
                    int end = phraseEnd(el.phrases(), t, i, limit, k);
                    if (end == -2) {
                        break;
                    }
                    if (end >= 0) {
                        int r = match(t, e + 1, end, limit);
                        if (r >= 0) {
                            return r;
                        }
                    }
                }
                return el.optional() ? match(t, e + 1, i, limit) : -1;
            }
            default: {
                if (i > 0 && !t.startsSentence(i) && isNameWord(t, i - 1)) {
                    return el.optional() ? match(t, e + 1, i, limit) : -1; // a name starts where it starts
                }
                int run = nameRun(t, i, limit);
                // the whole name decides what it is: "Provider Finder" is a public tool, so "Provider" is not a
                // provider; "Services Australia" is an agency, so "Services" is not one either
                if ((el.kind() == PERSON && run > 0 && !isPerson(t, i, i + run))
                        || (el.kind() == PROVIDER && run > 0 && isPublicBody(t, i, i + run))) {
                    run = 0;
                }
                for (int len = run; len >= 1; len--) {
                    if (t.word(i + len - 1).equals("of") || t.word(i + len - 1).equals("and")) {
                        continue;
                    }
                    int r = match(t, e + 1, i + len, limit);
                    if (r >= 0) {
                        return r;
                    }
                }
                return el.optional() ? match(t, e + 1, i, limit) : -1;
            }
        }
    }

    /**
     * The end of the {@code k}-th phrase (longest first) of the set starting with word i: the index one past it,
     * -1 if that phrase does not match there, -2 when there are no more phrases.
     */
    private static int phraseEnd(Phrases phrases, Tokens t, int i, int limit, int k) {
        if (i >= limit) {
            return -2;
        }
        List<String[]> list = phrases.byFirst.get(t.word(i));
        if (list == null || k >= list.size()) {
            return -2;
        }
        String[] p = list.get(k);
        if (i + p.length > limit) {
            return -1;
        }
        for (int j = 1; j < p.length; j++) {
            if (!p[j].equals(t.word(i + j))) {
                return -1;
            }
        }
        return i + p.length;
    }

    private boolean isNameWord(Tokens t, int k) {
        byte shape = t.shape(k);
        return (shape == Tokens.CAPITALISED || shape == Tokens.ALL_CAPITALS) && !notNames.containsWord(t.word(k));
    }

    /** How many words from i form a name: capitalised words (and "of"/"and" between them). */
    private int nameRun(Tokens t, int i, int limit) {
        int j = i;
        while (j < limit) {
            byte shape = t.shape(j);
            String w = t.word(j);
            boolean capital = shape == Tokens.CAPITALISED || shape == Tokens.ALL_CAPITALS;
            if (capital && !notNames.containsWord(w)) {
                j++;
                continue;
            }
            if (j > i && (w.equals("of") || w.equals("and")) && j + 1 < limit
                    && t.shape(j + 1) != Tokens.LOWER && t.shape(j + 1) != Tokens.NUMBER) {
                j++;
                continue;
            }
            break;
        }
        return Math.min(j - i, 6);
    }

    private boolean isPublicBody(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            for (int j = 0; ; j++) {
                int end = phraseEnd(publicBodies, t, k, to, j);
                if (end == -2) {
                    break;
                }
                if (end >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isPerson(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.shape(k) == Tokens.ALL_CAPITALS || organisationWords.containsWord(t.word(k))) {
                return false;
            }
        }
        return true;
    }
}
