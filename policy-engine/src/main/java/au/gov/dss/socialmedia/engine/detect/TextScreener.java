package au.gov.dss.socialmedia.engine.detect;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import au.gov.dss.socialmedia.domain.compliance.Severity;
import au.gov.dss.socialmedia.domain.compliance.Span;
import au.gov.dss.socialmedia.engine.rules.DetectorKind;
import au.gov.dss.socialmedia.engine.rules.Rule;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.Term;
import au.gov.dss.socialmedia.engine.text.NormalisedText;
import au.gov.dss.socialmedia.engine.text.TextNormaliser;
import au.gov.dss.socialmedia.engine.text.WordTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text rules of one rule set, compiled once: every term, context word and allow-list entry of every rule in
 * one {@link WordTrie}, so that a screen folds the text once, walks it once, and then looks closely only at the few
 * places something matched (numbers, '@' signs, masked words, the terms found). Immutable and thread-safe; each
 * call to {@link #screen} works on its own scratch state.
 *
 * <p>Findings are reported in the order of their spans; a finding inside another finding of the same category
 * that is at least as severe is dropped, so that "piece of shit" is reported once.
 */
public final class TextScreener {

    static final byte ROLE_TERM = 0;
    static final byte ROLE_CONTEXT = 1;
    static final byte ROLE_ALLOW = 2;
    /** The first three letters of a listed word, spelt one at a time ("f u c"): look for a spaced-out word. */
    static final byte ROLE_SPACED = 3;
    private static final Channel[] CHANNELS = Channel.values();

    private final RuleSet ruleSet;
    private final Rule[] rules;
    private final String[][] advice;
    /**
     * One automaton per channel, over the terms of the rules that apply on it (and the allow-list), with the
     * global number of each of its terms; built when the channel is first screened (a CLI run over comments never
     * builds the official posts' automaton). A {@link ChannelAutomaton} has final fields only, so a thread that
     * sees the reference sees it whole.
     */
    private final ChannelAutomaton[] tries;

    private record ChannelAutomaton(WordTrie trie, int[] globalTerm) {
    }
    private final int[] termRule;
    private final byte[] termRole;
    private final String[] termType;
    private final byte[][] termRuns;
    private final String[] termFolded;
    private final Map<Long, int[]> maskIndex;
    private final PersonalDetails personalDetails;
    private final boolean[] applies;
    private final int[][] rulesByKind;
    private final boolean[] termApostrophe;
    /** The folded forms of every lexicon term, to tell a possessive ({@code bastard's}) from a contraction. */
    private final Set<String> lexiconForms = new java.util.HashSet<>();
    private final Set<String> namesAsWritten;
    private final Set<String> notPersonalBeforeAddress;
    private final SentencePattern[][] patterns;
    /** For each sentence rule, the patterns that can start with a word (bits), and those that start anywhere. */
    private final Map<String, long[]> patternsByFirstWord = new HashMap<>();
    private final long[] patternsAnywhere;
    private final String[][] patternTypes;
    private final boolean[] sentencesAlways;

    private TextScreener(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        this.rules = ruleSet.rules().toArray(new Rule[0]);
        this.advice = new String[rules.length][CHANNELS.length];
        for (int r = 0; r < rules.length; r++) {
            for (Channel channel : CHANNELS) {
                if (rules[r].appliesTo(channel)) {
                    advice[r][channel.ordinal()] = Advice.of(rules[r], channel, ruleSet);
                }
            }
        }
        WordTrie.Builder builder = new WordTrie.Builder();
        List<Integer> ruleOf = new ArrayList<>();
        List<Byte> roleOf = new ArrayList<>();
        List<String> typeOf = new ArrayList<>();
        List<byte[]> runsOf = new ArrayList<>();
        List<String> foldedOf = new ArrayList<>();
        Map<Long, List<Integer>> masks = new HashMap<>();
        List<Boolean> apostropheOf = new ArrayList<>();
        Map<String, SentencePattern.Phrases> classes = new HashMap<>();
        ruleSet.wordClasses().forEach((name, words) -> classes.put(name, SentencePattern.phrases(words)));
        this.patterns = new SentencePattern[rules.length][];
        this.patternTypes = new String[rules.length][];
        for (int r = 0; r < rules.length; r++) {
            Rule rule = rules[r];
            if (rule.detector() == DetectorKind.SENTENCE) {
                patterns[r] = new SentencePattern[rule.terms().size()];
                patternTypes[r] = new String[rule.terms().size()];
                for (int p = 0; p < patterns[r].length; p++) {
                    Term term = rule.terms().get(p);
                    patterns[r][p] = SentencePattern.compile(term.text(), classes, rule.id());
                    patternTypes[r][p] = term.type() != null ? term.type() : rule.type();
                }
            } else {
                for (Term term : rule.terms()) {
                    for (String form : forms(term.text(), rule, ruleSet)) {
                        int t = addTerm(builder, form, r, ROLE_TERM, term.type() != null ? term.type() : rule.type(),
                                ruleOf, roleOf, typeOf, runsOf, foldedOf);
                        if (t < 0) {
                            continue;
                        }
                        apostropheOf.add(hasApostrophe(form));
                        if (rule.detector() == DetectorKind.LEXICON) {
                            String folded = foldedOf.get(t);
                            if (folded.indexOf(' ') < 0 && folded.length() >= 3) {
                                masks.computeIfAbsent(maskKey(folded.charAt(0), folded.length()),
                                        k -> new ArrayList<>()).add(t);
                            }
                        }
                    }
                }
            }
            for (String context : contextWords(rule, ruleSet)) {
                Set<String> forms = new java.util.LinkedHashSet<>(Morphology.phraseForms(context));
                if (rule.detector() == DetectorKind.SENTENCE) {
                    for (String form : List.copyOf(forms)) {
                        forms.add(form + "s"); // the possessive ("the Government's") folds to one word
                    }
                }
                for (String form : forms) {
                    if (addTerm(builder, form, r, ROLE_CONTEXT, null, ruleOf, roleOf, typeOf, runsOf, foldedOf) >= 0) {
                        apostropheOf.add(hasApostrophe(form));
                    }
                }
            }
        }
        Set<String> spacedStarts = new java.util.TreeSet<>();
        for (int t = 0; t < foldedOf.size(); t++) {
            String f = foldedOf.get(t);
            if (roleOf.get(t) == ROLE_TERM && ruleOf.get(t) >= 0
                    && rules[ruleOf.get(t)].detector() == DetectorKind.LEXICON && f.length() >= 3
                    && f.indexOf(' ') < 0 && TextNormaliser.isLetter(f.charAt(0))
                    && TextNormaliser.isLetter(f.charAt(1)) && TextNormaliser.isLetter(f.charAt(2))
                    && f.charAt(0) != f.charAt(1) && f.charAt(1) != f.charAt(2)) {
                spacedStarts.add(f.charAt(0) + " " + f.charAt(1) + " " + f.charAt(2));
            }
        }
        for (String start : spacedStarts) {
            if (addTerm(builder, start, -1, ROLE_SPACED, null, ruleOf, roleOf, typeOf, runsOf, foldedOf) >= 0) {
                apostropheOf.add(false);
            }
        }
        for (String allowed : ruleSet.allow()) {
            if (addTerm(builder, allowed, -1, ROLE_ALLOW, null, ruleOf, roleOf, typeOf, runsOf, foldedOf) >= 0) {
                apostropheOf.add(hasApostrophe(allowed));
            }
        }
        for (int t = 0; t < foldedOf.size(); t++) {
            if (roleOf.get(t) == ROLE_TERM && ruleOf.get(t) >= 0
                    && rules[ruleOf.get(t)].detector() == DetectorKind.LEXICON) {
                lexiconForms.add(foldedOf.get(t));
            }
        }
        this.termApostrophe = new boolean[apostropheOf.size()];
        for (int i = 0; i < termApostrophe.length; i++) {
            termApostrophe[i] = apostropheOf.get(i);
        }
        this.namesAsWritten = foldedSet(ruleSet.wordClass("names-as-written"));
        this.notPersonalBeforeAddress = foldedSet(ruleSet.wordClass("not-personal-before-address"));
        this.tries = new ChannelAutomaton[CHANNELS.length];
        int n = ruleOf.size();
        this.termRule = new int[n];
        this.termRole = new byte[n];
        this.termType = typeOf.toArray(new String[0]);
        this.termRuns = runsOf.toArray(new byte[0][]);
        this.termFolded = foldedOf.toArray(new String[0]);
        for (int i = 0; i < n; i++) {
            termRule[i] = ruleOf.get(i);
            termRole[i] = roleOf.get(i);
        }
        this.maskIndex = new HashMap<>();
        masks.forEach((key, list) -> maskIndex.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        this.personalDetails = new PersonalDetails(ruleSet.official());
        this.applies = new boolean[rules.length * CHANNELS.length];
        for (int r = 0; r < rules.length; r++) {
            for (Channel channel : CHANNELS) {
                applies[r * CHANNELS.length + channel.ordinal()] = rules[r].appliesTo(channel);
            }
        }
        this.rulesByKind = new int[DetectorKind.values().length][];
        for (DetectorKind kind : DetectorKind.values()) {
            rulesByKind[kind.ordinal()] = java.util.stream.IntStream.range(0, rules.length)
                    .filter(r -> rules[r].detector() == kind).toArray();
        }
        this.patternsAnywhere = new long[rules.length];
        for (int r = 0; r < rules.length; r++) {
            if (patterns[r] == null) {
                continue;
            }
            if (patterns[r].length > 64) {
                throw au.gov.dss.socialmedia.engine.rules.RuleSetException.inRule(rules[r].id(), "rule " + rules[r].id()
                        + " has more than 64 patterns");
            }
            for (int p = 0; p < patterns[r].length; p++) {
                Set<String> first = patterns[r][p].firstWords();
                if (first == null) {
                    patternsAnywhere[r] |= 1L << p;
                } else {
                    for (String w : first) {
                        patternsByFirstWord.computeIfAbsent(w, k -> new long[rules.length])[r] |= 1L << p;
                    }
                }
            }
        }
        this.sentencesAlways = new boolean[CHANNELS.length];
        for (int r : rulesByKind[DetectorKind.SENTENCE.ordinal()]) {
            for (Channel channel : CHANNELS) {
                sentencesAlways[channel.ordinal()] |= rules[r].appliesTo(channel) && rules[r].context().isEmpty();
            }
        }
    }

    /** The forms a rule's term stands for: a lemma's forms (and for offensive words, compounds and variants). */
    private static List<String> forms(String text, Rule rule, RuleSet ruleSet) {
        if (!Morphology.isLemma(text)) {
            return List.of(text);
        }
        if (rule.category() == au.gov.dss.socialmedia.domain.compliance.Category.OFFENSIVE) {
            return new ArrayList<>(Morphology.offensiveForms(text, ruleSet.wordClass("compound-prefixes"),
                    ruleSet.wordClass("compound-suffixes"), ruleSet.wordClass("spelling-variants")));
        }
        return Morphology.phraseForms(text);
    }

    /** The rule's context words, a {@code <class>} standing for every phrase of the word class. */
    private static List<String> contextWords(Rule rule, RuleSet ruleSet) {
        List<String> out = new ArrayList<>();
        for (String c : rule.context()) {
            if (c.startsWith("<") && c.endsWith(">")) {
                out.addAll(ruleSet.wordClass(c.substring(1, c.length() - 1)));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean hasApostrophe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isApostrophe(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '`';
    }

    private static Set<String> foldedSet(List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(TextNormaliser.normalise(w).toString());
        }
        return out;
    }

    private static int addTerm(WordTrie.Builder builder, String text, int rule, byte role, String type,
                               List<Integer> ruleOf, List<Byte> roleOf, List<String> typeOf, List<byte[]> runsOf,
                               List<String> foldedOf) {
        NormalisedText folded = TextNormaliser.normalise(text);
        if (folded.length() == 0) {
            return -1;
        }
        String form = folded.toString();
        if (form.indexOf('?') >= 0) {
            return -1;
        }
        byte[] runs = new byte[folded.length()];
        for (int k = 0; k < runs.length; k++) {
            runs[k] = (byte) folded.run(k);
        }
        int t = builder.add(form);
        ruleOf.add(rule);
        roleOf.add(role);
        typeOf.add(type);
        runsOf.add(runs);
        foldedOf.add(form);
        return t;
    }

    private static long maskKey(char first, int length) {
        return ((long) first << 32) | length;
    }

    /** Compiles the text rules of a rule set. */
    public static TextScreener compile(RuleSet ruleSet) {
        return new TextScreener(ruleSet);
    }

    /** The rule set compiled. */
    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The number of states of the largest automaton (for diagnostics and benchmarks). */
    public int automatonStates() {
        int most = 0;
        for (Channel channel : CHANNELS) {
            most = Math.max(most, automaton(channel).trie().states());
        }
        return most;
    }

    private ChannelAutomaton automaton(Channel channel) {
        ChannelAutomaton a = tries[channel.ordinal()];
        if (a == null) {
            synchronized (tries) {
                a = tries[channel.ordinal()];
                if (a == null) {
                    WordTrie.Builder local = new WordTrie.Builder();
                    List<Integer> global = new ArrayList<>();
                    for (int t = 0; t < termRule.length; t++) {
                        int r = termRule[t];
                        if (r < 0 || applies(r, channel)) {
                            local.add(termFolded[t]);
                            global.add(t);
                        }
                    }
                    a = new ChannelAutomaton(local.build(), global.stream().mapToInt(Integer::intValue).toArray());
                    tries[channel.ordinal()] = a;
                }
            }
        }
        return a;
    }

    boolean applies(int rule, Channel channel) {
        return applies[rule * CHANNELS.length + channel.ordinal()];
    }

    /** The findings of the text rules on the channel, in the order of their spans. */
    public List<Finding> screen(String text, Channel channel) {
        Hits hits = new Hits();
        ChannelAutomaton automaton = automaton(channel);
        hits.global = automaton.globalTerm();
        NormalisedText nt = automaton.trie().foldAndMatch(text, hits);
        if (nt.hasMask()) {
            maskedWords(nt, hits);
        }
        if (hits.size > 0 && anySpacedStart(hits)) {
            spacedLetters(nt, hits, channel);
        }
        if (hits.size == 0 && !nt.hasDigit() && nt.atSignCount() == 0 && !sentencesAlways[channel.ordinal()]) {
            return List.of(); // nothing matched, no number, no e-mail address: nothing to look at closely
        }
        List<Finding> findings = new ArrayList<>(4);
        Scan scan = new Scan(this, nt, hits, channel, findings);
        scan.run();
        return tidy(findings);
    }

    private boolean anySpacedStart(Hits hits) {
        int[] h = hits.data;
        for (int i = 0; i < hits.size; i += 3) {
            if (termRole[h[i + 2] & ~Hits.FLAGS] == ROLE_SPACED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words written one letter at a time ({@code f u c k i n g}, {@code F.U.C.K}): a run of three or more
     * single letters with the same separator between them is joined and matched as one word.
     */
    private void spacedLetters(NormalisedText nt, Hits hits, Channel channel) {
        int n = nt.length();
        int k = 0;
        int runStart = -1;
        int runLength = 0;
        int gap = 0;
        while (k <= n) {
            int e = k;
            while (e < n && nt.charAt(e) != ' ') {
                e++;
            }
            boolean single = e - k == 1 && TextNormaliser.isLetter(nt.charAt(k));
            if (single && runLength > 0 && nt.from(k) - nt.from(runStart + 2 * (runLength - 1)) != gap
                    && runLength > 1) {
                joinSpaced(nt, hits, runStart, runLength, channel);
                runLength = 0;
            }
            if (single) {
                if (runLength == 0) {
                    runStart = k;
                } else if (runLength == 1) {
                    gap = nt.from(k) - nt.from(runStart);
                }
                runLength++;
            } else {
                if (runLength >= 3) {
                    joinSpaced(nt, hits, runStart, runLength, channel);
                }
                runLength = 0;
            }
            k = e + 1;
        }
        if (runLength >= 3) {
            joinSpaced(nt, hits, runStart, runLength, channel);
        }
    }

    private void joinSpaced(NormalisedText nt, Hits hits, int runStart, int runLength, Channel channel) {
        if (runLength < 3) {
            return;
        }
        char[] letters = new char[runLength];
        for (int i = 0; i < runLength; i++) {
            letters[i] = nt.charAt(runStart + 2 * i);
        }
        NormalisedText joined = TextNormaliser.normalise(new String(letters));
        ChannelAutomaton automaton = automaton(channel);
        int[] global = automaton.globalTerm();
        automaton.trie().match(joined, (start, end, local) -> {
            int t = global[local];
            if (termRole[t] != ROLE_TERM || rules[termRule[t]].detector() != DetectorKind.LEXICON) {
                return;
            }
            byte[] runs = termRuns[t];
            for (int q = 0; q < runs.length; q++) {
                if (joined.run(start + q) != runs[q]) {
                    return;
                }
            }
            int first = joined.from(start);
            int last = joined.to(end - 1) - 1;
            hits.add(runStart + 2 * first, runStart + 2 * last + 1, t | Hits.SPACED);
        });
    }

    private void maskedWords(NormalisedText nt, Hits hits) {
        int n = nt.length();
        int start = 0;
        while (start < n) {
            int end = start;
            boolean masked = false;
            while (end < n && nt.charAt(end) != ' ') {
                masked |= nt.charAt(end) == '?';
                end++;
            }
            if (masked) {
                int[] candidates = maskIndex.get(maskKey(nt.charAt(start), end - start));
                if (candidates != null) {
                    for (int t : candidates) {
                        if (maskMatches(nt, start, termFolded[t])) {
                            hits.add(start, end, t | Hits.MASKED);
                        }
                    }
                }
            }
            start = end + 1;
        }
    }

    private static boolean maskMatches(NormalisedText nt, int start, String term) {
        for (int k = 0; k < term.length(); k++) {
            char c = nt.charAt(start + k);
            if (c != '?' && c != term.charAt(k)) {
                return false;
            }
            if (c == '?' && !TextNormaliser.isLetter(term.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<Finding> tidy(List<Finding> findings) {
        if (findings.size() < 2) {
            return findings;
        }
        findings.sort((a, b) -> {
            int c = Integer.compare(a.span().start(), b.span().start());
            if (c == 0) {
                c = Integer.compare(b.span().end(), a.span().end());
            }
            if (c == 0) {
                c = a.severity().compareTo(b.severity());
            }
            if (c == 0) {
                c = a.ruleId().compareTo(b.ruleId());
            }
            return c;
        });
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            boolean covered = false;
            for (Finding k : kept) {
                if (k.category() == f.category() && k.span().start() <= f.span().start()
                        && f.span().end() <= k.span().end() && k.severity().compareTo(f.severity()) <= 0
                        && f.span().length() > 0) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                kept.add(f);
            }
        }
        return kept;
    }

    /**
     * Matches found: (start, end, term) triples in folded coordinates, with the rule set's term numbers. The
     * automaton reports its own numbers ({@link #match}), translated by {@link #global}; the other searches add
     * the rule set's numbers ({@link #add}).
     */
    static final class Hits implements WordTrie.Matches {
        static final int MASKED = 1 << 30;
        static final int SPACED = 1 << 29;
        static final int FLAGS = MASKED | SPACED;
        int[] data = new int[12];
        int size;
        int[] global;

        @Override
        public void match(int start, int end, int term) {
            add(start, end, global[term]);
        }

        void add(int start, int end, int term) {
            if (size + 3 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = start;
            data[size++] = end;
            data[size++] = term;
        }
    }

    /** The work of one screen. */
    private static final class Scan implements Reporter {
        private final TextScreener s;
        private final NormalisedText nt;
        private final Hits hits;
        private final Channel channel;
        private final List<Finding> findings;
        private final String text;

        Scan(TextScreener s, NormalisedText nt, Hits hits, Channel channel, List<Finding> findings) {
            this.s = s;
            this.nt = nt;
            this.hits = hits;
            this.channel = channel;
            this.findings = findings;
            this.text = nt.original();
        }

        void run() {
            int[] h = hits.data;
            boolean anyClaim = false;
            boolean anyViews = false;
            for (int i = 0; i < hits.size; i += 3) {
                int raw = h[i + 2];
                int t = raw & ~Hits.FLAGS;
                if (s.termRole[t] != ROLE_TERM) {
                    continue;
                }
                int r = s.termRule[t];
                if (!s.applies(r, channel)) {
                    continue;
                }
                int start = h[i];
                int end = h[i + 1];
                boolean masked = (raw & Hits.FLAGS) != 0;
                if (!masked && !runsMatch(start, t)) {
                    continue;
                }
                boolean spaced = (raw & Hits.SPACED) != 0;
                Rule rule = s.rules[r];
                switch (rule.detector()) {
                    case LEXICON:
                        if (!allowed(start, end) && (spaced || readAsWritten(start, end, t))) {
                            add(r, s.termType[t], nt.from(start), nt.to(end - 1));
                        }
                        break;
                    case MARKING:
                        if (!allowed(start, end) && readAsWritten(start, end, t) && isMarking(start, end)) {
                            add(r, s.termType[t], nt.from(start), nt.to(end - 1));
                        }
                        break;
                    case STREET_ADDRESS:
                        streetAddress(r, start, end, s.termFolded[t]);
                        break;
                    case UNCITED_CLAIM:
                        anyClaim = true;
                        break;
                    case VIEWS_OWN:
                        anyViews = true;
                        break;
                    default:
                        break;
                }
            }
            List<int[]> percentages = nt.hasDigit() ? new ArrayList<>(0) : List.of();
            if (nt.hasDigit()) {
                s.personalDetails.numbers(this, percentages, nt.firstDigit());
            }
            if (nt.atSignCount() > 0) {
                for (int r : s.rulesByKind[DetectorKind.EMAIL.ordinal()]) {
                    if (s.applies(r, channel)) {
                        for (int i = 0; i < nt.atSignCount(); i++) {
                            int[] span = s.personalDetails.email(text, nt.atSign(i));
                            if (span != null) {
                                add(r, null, span[0], span[1]);
                            }
                        }
                    }
                }
            }
            for (int r : s.rulesByKind[DetectorKind.EMAIL.ordinal()]) {
                if (s.applies(r, channel) && hasAnyContext(r)) {
                    for (int[] span : s.personalDetails.spelledOutEmails(text)) {
                        add(r, null, span[0], span[1]);
                    }
                }
            }
            for (int r : s.rulesByKind[DetectorKind.DATE_OF_BIRTH.ordinal()]) {
                if (s.applies(r, channel)) {
                    dateOfBirth(r);
                }
            }
            if (anyClaim || !percentages.isEmpty()) {
                claims(percentages);
            }
            if (anyViews) {
                viewsOwn();
            }
            sentences();
        }

        /**
         * Whether the words matched are read as written: no apostrophe inside them that the term does not have
         * ({@code who're} is not {@code whore}, {@code Ky's} is not {@code kys}), and not a name written as a
         * name ({@code Tom, Dick and Harry}) unless it is said to someone ({@code you Dick}).
         */
        private boolean readAsWritten(int start, int end, int t) {
            int from = nt.from(start);
            int to = nt.to(end - 1);
            if (from > 0 && "./@_\\".indexOf(text.charAt(from - 1)) >= 0 && from > 1
                    && Character.isLetterOrDigit(text.charAt(from - 2))) {
                return false; // part of a host name, an address or a path: rost.abo.fi
            }
            if (to + 1 < text.length() && "./@_".indexOf(text.charAt(to)) >= 0
                    && Character.isLetter(text.charAt(to + 1)) && (to + 2 >= text.length()
                    || Character.isLetterOrDigit(text.charAt(to + 2)))) {
                return false;
            }
            if (!s.termApostrophe[t]) {
                for (int i = from + 1; i < to - 1; i++) {
                    if (isApostrophe(text.charAt(i)) && Character.isLetter(text.charAt(i + 1))
                            && Character.isLetter(text.charAt(i - 1)) && !possessive(i, to, t)) {
                        return false;
                    }
                }
            }
            if (!s.namesAsWritten.isEmpty() && end - start <= 12 && isName(nt.folded(start, end), to)
                    && Character.isUpperCase(text.charAt(from)) && to - from > 1
                    && Character.isLowerCase(text.charAt(from + 1))) {
                if (start >= 2) {
                    int b = wordStart(start - 1);
                    String before = nt.folded(b, start - 1);
                    return before.equals("you") || before.equals("u") || before.equals("ya") || before.equals("ur");
                }
                return false;
            }
            return true;
        }

        /**
         * The sentences holding a trigger word of the rule (a sentence without one is never read for it), or null
         * when the rule has no trigger words.
         */
        private boolean[] triggeredSentences(int r, au.gov.dss.socialmedia.engine.text.Tokens tokens) {
            if (s.rules[r].context().isEmpty() || tokens.size() == 0) {
                return null;
            }
            boolean[] out = new boolean[tokens.sentence(tokens.size() - 1) + 1];
            int[] h = hits.data;
            for (int i = nextHit(0, r, ROLE_CONTEXT); i >= 0; i = nextHit(i + 3, r, ROLE_CONTEXT)) {
                int at = nt.from(h[i]);
                int lo = 0;
                int hi = tokens.size() - 1;
                while (lo < hi) { // the last word starting at or before the trigger
                    int mid = (lo + hi + 1) >>> 1;
                    if (tokens.start(mid) <= at) {
                        lo = mid;
                    } else {
                        hi = mid - 1;
                    }
                }
                out[tokens.sentence(lo)] = true;
            }
            return out;
        }

        /** Whether the folded word is a name as written, or its possessive ({@code Dick's}). */
        private boolean isName(String folded, int to) {
            if (s.namesAsWritten.contains(folded)) {
                return true;
            }
            return folded.endsWith("s") && to >= 2 && isApostrophe(text.charAt(to - 2))
                    && s.namesAsWritten.contains(folded.substring(0, folded.length() - 1));
        }

        /**
         * Whether the apostrophe at {@code i} makes a possessive of a listed word ({@code bastard's}, folded to the
         * listed {@code bastards}): an {@code 's} ending the match, where the term without its {@code s} is listed
         * too. {@code Ky's} folds to {@code kys}, but {@code ky} is not listed.
         */
        private boolean possessive(int i, int to, int t) {
            if (i + 2 != to || Character.toLowerCase(text.charAt(i + 1)) != 's') {
                return false;
            }
            String folded = s.termFolded[t];
            return folded.endsWith("s") && s.lexiconForms.contains(folded.substring(0, folded.length() - 1));
        }

        /** The sentence rules that apply on the channel and whose trigger words (if any) appear in the text. */
        private void sentences() {
            au.gov.dss.socialmedia.engine.text.Tokens tokens = null;
            long[][] starts = null;
            for (int r : s.rulesByKind[DetectorKind.SENTENCE.ordinal()]) {
                if (!s.applies(r, channel) || (!s.rules[r].context().isEmpty() && !hasAnyContext(r))) {
                    continue;
                }
                if (tokens == null) {
                    tokens = au.gov.dss.socialmedia.engine.text.Tokens.of(text);
                    starts = new long[tokens.size()][];
                    for (int i = 0; i < starts.length; i++) {
                        starts[i] = s.patternsByFirstWord.get(tokens.word(i));
                    }
                }
                SentencePattern[] ps = s.patterns[r];
                boolean[] triggered = triggeredSentences(r, tokens);
                int n = tokens.size();
                int i = 0;
                while (i < n) {
                    int limit = i;
                    while (limit < n && tokens.sentence(limit) == tokens.sentence(i)) {
                        limit++;
                    }
                    if (triggered != null && !triggered[tokens.sentence(i)]) {
                        i = limit;
                        continue;
                    }
                    found:
                    for (int start = i; start < limit; start++) {
                        long candidates = s.patternsAnywhere[r] | (starts[start] == null ? 0 : starts[start][r]);
                        while (candidates != 0) {
                            int p = Long.numberOfTrailingZeros(candidates);
                            candidates &= candidates - 1;
                            int end = ps[p].matchAt(tokens, start, limit);
                            if (end > start) {
                                add(r, s.patternTypes[r][p], tokens.start(start), tokens.end(end - 1));
                                break found;
                            }
                        }
                    }
                    i = limit;
                }
            }
        }

        @Override
        public String text() {
            return text;
        }

        /** Whether the text runs of the letters match the term's (stretched letters match, doubled ones do not). */
        private boolean runsMatch(int start, int t) {
            byte[] runs = s.termRuns[t];
            int length = runs.length;
            for (int k = 0; k < length; k++) {
                int textRun = nt.run(start + k);
                int termRun = runs[k];
                if (textRun == termRun || textRun >= 3
                        || (textRun == 2 && termRun == 1 && length >= 4 && isVowel(nt.charAt(start + k)))) {
                    continue;
                }
                return false;
            }
            return true;
        }

        private static boolean isVowel(char c) {
            return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
        }

        private boolean allowed(int start, int end) {
            int[] h = hits.data;
            for (int i = 0; i < hits.size; i += 3) {
                int t = h[i + 2] & ~Hits.FLAGS;
                if (s.termRole[t] == ROLE_ALLOW && h[i] <= start && end <= h[i + 1]
                        && (h[i] < start || end < h[i + 1])) {
                    return true;
                }
            }
            return false;
        }

        void add(int r, String type, int start, int end) {
            Rule rule = s.rules[r];
            Severity severity = rule.severities().get(channel);
            findings.add(new Finding(rule.category(), type != null ? type : rule.type(), severity,
                    new Span(start, end), rule.id(), rule.clauseOn(channel), s.advice[r][channel.ordinal()]));
        }

        /** Whether a context word of the rule stands within {@code before} characters before, or after, the span. */
        boolean hasContext(int r, int start, int end, int before, int after) {
            int[] h = hits.data;
            for (int i = nextHit(0, r, ROLE_CONTEXT); i >= 0; i = nextHit(i + 3, r, ROLE_CONTEXT)) {
                int cs = nt.from(h[i]);
                int ce = nt.to(h[i + 1] - 1);
                if ((ce <= start && start - ce <= before) || (cs >= end && cs - end <= after)
                        || (cs <= start && end <= ce)) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasAnyContext(int r) {
            return nextHit(0, r, ROLE_CONTEXT) >= 0;
        }

        /** The index in the hits of the first hit at or after {@code from} of a term of the rule in the role, or -1. */
        private int nextHit(int from, int r, byte role) {
            int[] h = hits.data;
            for (int i = from; i < hits.size; i += 3) {
                int t = h[i + 2] & ~Hits.FLAGS;
                if (s.termRule[t] == r && s.termRole[t] == role) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * A protective marking is written as one: in a {@code [SEC=...]} form, or in capitals ({@code PROTECTED},
         * {@code OFFICIAL: Sensitive}), or as a phrase of three or more words in title case
         * ({@code For Official Use Only}) or with a colon ({@code Sensitive: Personal}); never as the ordinary
         * words of a sentence, nor inside a sentence written all in capitals.
         */
        private boolean isMarking(int start, int end) {
            int from = nt.from(start);
            int to = nt.to(end - 1);
            int look = Math.max(0, from - 5);
            String before = text.substring(look, from).toUpperCase(Locale.ROOT);
            if (before.endsWith("SEC=") || before.endsWith("SEC= ")) {
                return true;
            }
            int words = 1;
            for (int k = start; k < end; k++) {
                if (nt.charAt(k) == ' ') {
                    words++;
                }
            }
            boolean colon = text.substring(from, to).indexOf(':') >= 0;
            boolean firstUpper = allUpper(start);
            if (firstUpper && allWordsCapitalised(start, end)) {
                boolean allUpper = true;
                for (int k = start; k < end; k = nextWord(k, end)) {
                    allUpper &= allUpper(k);
                }
                if (allUpper && !colon && shouting(start, end)) {
                    return false;
                }
                return true;
            }
            return (words >= 3 || colon) && allWordsCapitalised(start, end);
        }

        private int nextWord(int k, int end) {
            while (k < end && nt.charAt(k) != ' ') {
                k++;
            }
            return k + 1;
        }

        /** Whether the word starting at folded index k has only capital letters (and at least one). */
        private boolean allUpper(int k) {
            int from = nt.from(k);
            int e = k;
            while (e < nt.length() && nt.charAt(e) != ' ') {
                e++;
            }
            int to = nt.to(e - 1);
            boolean any = false;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                any |= Character.isUpperCase(c);
            }
            return any;
        }

        private boolean allWordsCapitalised(int start, int end) {
            for (int k = start; k < end; k = nextWord(k, end)) {
                char first = text.charAt(nt.from(k));
                if (!Character.isUpperCase(first) && !isMinorWord(k)) {
                    return false;
                }
            }
            return true;
        }

        private boolean isMinorWord(int k) {
            int e = k;
            while (e < nt.length() && nt.charAt(e) != ' ') {
                e++;
            }
            String word = nt.folded(k, e);
            return word.equals("in") || word.equals("of");
        }

        /** Whether a neighbouring word of the span is also in capitals (a sentence written in capitals). */
        private boolean shouting(int start, int end) {
            if (start >= 2) {
                int p = start - 2;
                while (p > 0 && nt.charAt(p - 1) != ' ') {
                    p--;
                }
                if (isShoutedWord(p)) {
                    return true;
                }
            }
            if (end + 1 < nt.length()) {
                return isShoutedWord(end + 1);
            }
            return false;
        }

        private boolean isShoutedWord(int k) {
            int e = k;
            int letters = 0;
            while (e < nt.length() && nt.charAt(e) != ' ') {
                if (TextNormaliser.isLetter(nt.charAt(e))) {
                    letters++;
                }
                e++;
            }
            if (letters < 2 || !allUpper(k)) {
                return false;
            }
            // another marking word is not shouting
            int[] h = hits.data;
            for (int i = 0; i < hits.size; i += 3) {
                int t = h[i + 2] & ~Hits.FLAGS;
                if (s.termRole[t] == ROLE_TERM && s.rules[s.termRule[t]].detector() == DetectorKind.MARKING
                        && h[i] <= k && e <= h[i + 1]) {
                    return false;
                }
            }
            return true;
        }

        private static final Set<String> NOT_STREET_NAMES = Set.of("the", "a", "an", "of", "on", "in", "at",
                "to", "for", "and", "or", "my", "our", "your", "this", "that", "is", "are", "was", "be", "with",
                "from", "by", "per", "more", "than", "about", "over", "under", "new", "many", "few", "last",
                "next", "first", "every", "each", "all", "some", "people", "years", "kids", "children", "days",
                "weeks", "months", "times", "hours", "minutes", "cars", "lanes", "km", "m", "x", "i", "we");
        private static final Set<String> ABBREVIATED_TYPES = Set.of("st", "rd", "dr", "ave", "av", "ct", "pl",
                "ln", "cl", "cct", "cres", "cr", "pde", "tce", "hwy", "blvd", "gr", "sq", "way", "esp", "bvd");

        /** A number, one to three name words and a street type: {@code 12 Smith Street}, {@code 3/45 Main Rd}. */
        private void streetAddress(int r, int start, int end, String type) {
            boolean abbreviated = ABBREVIATED_TYPES.contains(type);
            boolean capitalisedName = false;
            int names = 0;
            int k = start - 1; // the space before the street type
            while (k > 0 && names <= 3) {
                int e = k;
                int b = e;
                while (b > 0 && nt.charAt(b - 1) != ' ') {
                    b--;
                }
                String word = nt.folded(b, e);
                if (isNumberToken(word)) {
                    if (names == 0) {
                        return;
                    }
                    int numberStart = b;
                    // a unit number: 3/45 or 3-45 folds to "3 45"
                    if (b >= 2 && isNumberToken(nt.folded(wordStart(b - 1), b - 1))
                            && "/-".indexOf(text.charAt(nt.from(b) - 1)) >= 0) {
                        numberStart = wordStart(b - 1);
                    }
                    int from = nt.from(numberStart);
                    int to = nt.to(end - 1);
                    String address = nt.folded(numberStart, end);
                    if (!s.personalDetails.isOfficialAddress(address) && !placeBefore(numberStart)
                            && !(word.length() == 4 && !capitalisedName)) {
                        add(r, null, from, to);
                    }
                    return;
                }
                if (NOT_STREET_NAMES.contains(word) || word.isEmpty() || !isAlphabetic(word)) {
                    return;
                }
                boolean capital = Character.isUpperCase(text.charAt(nt.from(b)));
                if ((abbreviated || !PLAIN_TYPES.contains(type)) && !capital) {
                    return;
                }
                capitalisedName = capital;
                names++;
                k = b - 1;
            }
        }

        /**
         * Street types that are rarely ordinary words, so a street name in lower case is still an address (folded:
         * doubled letters are one).
         */
        private static final Set<String> PLAIN_TYPES = Set.of("stret", "road", "avenue", "crescent", "parade",
                "terace", "boulevard", "esplanade", "circuit");

        /**
         * Whether words just before the number say the address is an office, a route or a place
         * ({@code the Services Australia office at 2 Bowes Street}), from the word class
         * {@code not-personal-before-address}.
         */
        private boolean placeBefore(int numberStart) {
            if (s.notPersonalBeforeAddress.isEmpty()) {
                return false;
            }
            int k = numberStart - 1;
            for (int words = 0; words < 6 && k > 0; words++) {
                int e = k;
                int b = wordStart(e);
                String w = nt.folded(b, e);
                if (s.notPersonalBeforeAddress.contains(w)) {
                    return true;
                }
                if (words < 3 && b >= 1) {
                    int b2 = wordStart(b - 1);
                    if (s.notPersonalBeforeAddress.contains(nt.folded(b2, e))) {
                        return true;
                    }
                    if (b2 >= 1 && s.notPersonalBeforeAddress.contains(nt.folded(wordStart(b2 - 1), e))) {
                        return true;
                    }
                }
                k = b - 1;
            }
            return false;
        }

        private int wordStart(int e) {
            int b = e;
            while (b > 0 && nt.charAt(b - 1) != ' ') {
                b--;
            }
            return b;
        }

        private static boolean isNumberToken(String word) {
            if (word.isEmpty() || word.length() > 6 || word.charAt(0) < '0' || word.charAt(0) > '9') {
                return false;
            }
            for (int i = 1; i < word.length(); i++) {
                char c = word.charAt(i);
                boolean digit = c >= '0' && c <= '9';
                if (!digit && !(i == word.length() - 1 && c >= 'a' && c <= 'z')) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isAlphabetic(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (!TextNormaliser.isLetter(word.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** A date near a context word of the rule ("DOB", "born on", "date of birth"). */
        private void dateOfBirth(int r) {
            int[] h = hits.data;
            for (int i = nextHit(0, r, ROLE_CONTEXT); i >= 0; i = nextHit(i + 3, r, ROLE_CONTEXT)) {
                int ce = nt.to(h[i + 1] - 1);
                int[] date = Dates.findNear(text, ce, 40);
                if (date == null) {
                    int cs = nt.from(h[i]);
                    date = Dates.findBefore(text, cs, 40);
                }
                if (date != null) {
                    add(r, null, date[0], date[1]);
                }
            }
        }

        /** Statistics and claims (the rules' terms, percentages) when no source (the rules' context) is given. */
        private void claims(List<int[]> percentages) {
            for (int r : s.rulesByKind[DetectorKind.UNCITED_CLAIM.ordinal()]) {
                if (!s.applies(r, channel) || hasAnyContext(r)) {
                    continue;
                }
                int[] h = hits.data;
                for (int i = nextHit(0, r, ROLE_TERM); i >= 0; i = nextHit(i + 3, r, ROLE_TERM)) {
                    add(r, "CLAIM", nt.from(h[i]), nt.to(h[i + 1] - 1));
                }
                for (int[] p : percentages) {
                    add(r, "STATISTIC", p[0], p[1]);
                }
            }
        }

        /** A personal post mentioning work (the rule's terms) without saying the views are one's own. */
        private void viewsOwn() {
            for (int r : s.rulesByKind[DetectorKind.VIEWS_OWN.ordinal()]) {
                if (!s.applies(r, channel) || hasAnyContext(r)) {
                    continue;
                }
                int i = nextHit(0, r, ROLE_TERM);
                if (i >= 0) {
                    add(r, null, nt.from(hits.data[i]), nt.to(hits.data[i + 1] - 1));
                }
            }
        }

        /** Reports a finding of the first rule of the kind that applies on the channel and has context (if asked). */
        @Override
        public boolean report(DetectorKind kind, int start, int end, boolean needContext, int before, int after) {
            for (int r : s.rulesByKind[kind.ordinal()]) {
                if (!s.applies(r, channel)) {
                    continue;
                }
                if (needContext && !hasContext(r, start, end, before, after)) {
                    continue;
                }
                add(r, null, start, end);
                return true;
            }
            return false;
        }

        /** Whether any rule of the kind (applying or not on this channel) has a context word near the span. */
        @Override
        public boolean contextOf(DetectorKind kind, int start, int end, int before, int after) {
            for (int r : s.rulesByKind[kind.ordinal()]) {
                if (hasContext(r, start, end, before, after)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The per-screen view that the number and e-mail detectors use. */
    interface Reporter {
        /** The text screened. */
        String text();

        /** Whether a context word of a rule of the kind stands near the span. */
        boolean contextOf(DetectorKind kind, int start, int end, int before, int after);

        /** Reports a finding of the kind at the span; returns whether a rule reported it. */
        boolean report(DetectorKind kind, int start, int end, boolean needContext, int before, int after);
    }
}
