package au.gov.dss.socialmedia.engine.benchmark;

import au.gov.dss.socialmedia.domain.compliance.Category;
import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.PolicyVersion;
import au.gov.dss.socialmedia.engine.ComplianceEngine;
import au.gov.dss.socialmedia.engine.ScreeningRequest;
import au.gov.dss.socialmedia.engine.rules.DetectorKind;
import au.gov.dss.socialmedia.engine.rules.Rule;
import au.gov.dss.socialmedia.engine.rules.RuleSet;
import au.gov.dss.socialmedia.engine.rules.Term;
import au.gov.dss.socialmedia.engine.text.TextNormaliser;
import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the complete screen over a 50 MB corpus against two baselines measured in the same run: one pass
 * that reads every character and folds its case (the speed limit), and a lexicon-only pass with hankcs'
 * Aho-Corasick double-array trie over the same terms. Also the complete screen with offensive lexicons of 200 and
 * 20,000 terms, and the latency of one 280-character comment and of the same text as an official post. One operation screens the whole corpus (except the
 * latency benchmark); {@link BenchmarkReport} turns the scores into MB/s and ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScreeningBenchmark {

    static final long SEED = 20261123L;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneId.of("Australia/Sydney"));

    List<String> corpus;
    ComplianceEngine engine;
    AhoCorasickDoubleArrayTrie<String> hankcs;
    ScreeningRequest typical;
    ScreeningRequest typicalOfficial;

    @Setup
    public void setUp() {
        corpus = corpus();
        engine = ComplianceEngine.withDefaultRules(CLOCK);
        hankcs = hankcs(RuleSet.defaults());
        typical = ScreeningRequest.of(Corpus.typicalComment(), Channel.PUBLIC_COMMENT);
        typicalOfficial = ScreeningRequest.of(Corpus.typicalComment(), Channel.OFFICIAL_POST);
    }

    private static List<String> shared;

    /** The corpus, generated once per JVM (each fork) and shared by the states. */
    static synchronized List<String> corpus() {
        if (shared == null) {
            shared = Corpus.comments(SEED, Corpus.TARGET_BYTES);
        }
        return shared;
    }

    /** Every term, context word and allow-list entry of the rule set, folded as the engine folds them. */
    static Set<String> terms(RuleSet ruleSet) {
        Set<String> terms = new LinkedHashSet<>();
        for (Rule rule : ruleSet.rules()) {
            rule.terms().forEach(t -> terms.add(TextNormaliser.normalise(t.text()).toString()));
            rule.context().forEach(c -> terms.add(TextNormaliser.normalise(c).toString()));
        }
        ruleSet.allow().forEach(a -> terms.add(TextNormaliser.normalise(a).toString()));
        terms.remove("");
        return terms;
    }

    static AhoCorasickDoubleArrayTrie<String> hankcs(RuleSet ruleSet) {
        TreeMap<String, String> map = new TreeMap<>();
        for (String term : terms(ruleSet)) {
            map.put(term, term);
        }
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(map);
        return trie;
    }

    /** The engine's complete screen (every category) of every comment as an official post. */
    @Benchmark
    public void completeScreenOfficialPost(Blackhole bh) {
        for (String comment : corpus) {
            bh.consume(engine.screen(ScreeningRequest.of(comment, Channel.OFFICIAL_POST)).outcome());
        }
    }

    /**
     * The complete screen as an official post, also making the domain's assessment (which adds the SHA-256 digest
     * of the text that the engine otherwise computes only when asked).
     */
    @Benchmark
    public void completeScreenWithAssessment(Blackhole bh) {
        for (String comment : corpus) {
            bh.consume(engine.screen(ScreeningRequest.of(comment, Channel.OFFICIAL_POST)).assessment());
        }
    }

    /** The engine's complete screen of every comment as a public comment (the moderation stream). */
    @Benchmark
    public void completeScreenPublicComment(Blackhole bh) {
        for (String comment : corpus) {
            bh.consume(engine.screen(ScreeningRequest.of(comment, Channel.PUBLIC_COMMENT)).outcome());
        }
    }

    /** The speed limit: one pass that reads every character and folds its case. */
    @Benchmark
    public int speedLimitFoldCase() {
        int acc = 0;
        for (String comment : corpus) {
            for (int i = 0, n = comment.length(); i < n; i++) {
                acc += Character.toLowerCase(comment.charAt(i));
            }
        }
        return acc;
    }

    /** The lexicon-only baseline: hankcs' double-array Aho-Corasick over the lower-cased text. */
    @Benchmark
    public int hankcsLexiconOnly() {
        int[] hits = new int[1];
        AhoCorasickDoubleArrayTrie.IHit<String> counter = (begin, end, value) -> hits[0]++;
        for (String comment : corpus) {
            hankcs.parseText(comment.toLowerCase(Locale.ROOT), counter);
        }
        return hits[0];
    }

    /** The latency of one 280-character comment, complete screen. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object singleComment() {
        return engine.screen(typical).outcome();
    }

    /**
     * The latency of the same 280-character text screened as an official post: every category, with the sentence
     * analysis its trigger words call for.
     */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object singleOfficialPost() {
        return engine.screen(typicalOfficial).outcome();
    }

    /** The engine with offensive lexicons of a given size instead of the shipped ones. */
    @State(Scope.Benchmark)
    public static class Lexicon {
        @Param({"200", "20000"})
        public int terms;

        List<String> corpus;
        ComplianceEngine engine;

        @Setup
        public void setUp() {
            corpus = corpus();
            engine = ComplianceEngine.of(CLOCK, withLexicon(RuleSet.defaults(), terms));
        }
    }

    /** The shipped rule set with its offensive lexicon rules replaced by one rule of {@code size} terms. */
    static RuleSet withLexicon(RuleSet defaults, int size) {
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Rule rule : defaults.rules()) {
            if (rule.category() == Category.OFFENSIVE) {
                for (Term t : rule.terms()) {
                    if (terms.size() < size && seen.add(t.text().toLowerCase(Locale.ROOT))) {
                        terms.add(Term.of(t.text()));
                    }
                }
            }
        }
        Random random = new Random(size);
        String consonants = "bcdfghjklmnprstvwz";
        String vowels = "aeiou";
        while (terms.size() < size) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            if (random.nextInt(10) == 0) {
                word.append(' ').append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length()))).append('x');
            }
            if (seen.add(word.toString())) {
                terms.add(Term.of(word.toString()));
            }
        }
        Rule template = defaults.rule("OFF-PROFANITY").orElseThrow();
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : defaults.rules()) {
            if (rule.category() != Category.OFFENSIVE) {
                rules.add(rule);
            }
        }
        rules.add(new Rule("OFF-BENCH", Category.OFFENSIVE, "PROFANITY", DetectorKind.LEXICON, template.severities(),
                template.clauses(), template.advice(), terms, List.of()));
        return new RuleSet(new PolicyVersion("bench-" + size), LocalDate.of(2014, 12, 1), "benchmark", rules,
                defaults.allow(), defaults.official(), defaults.reflectionQuestions(), defaults.wordClasses());
    }

    /**
     * The complete screen of the comment stream (public comments) with an offensive lexicon of 200 or 20,000 terms:
     * the automaton's cost as the lexicon grows (as official posts, the sentence analysis would hide it).
     */
    @Benchmark
    public void completeScreenWithLexicon(Lexicon lexicon, Blackhole bh) {
        for (String comment : lexicon.corpus) {
            bh.consume(lexicon.engine.screen(ScreeningRequest.of(comment, Channel.PUBLIC_COMMENT)).outcome());
        }
    }
}
