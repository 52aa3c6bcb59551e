package au.gov.dss.socialmedia.engine.benchmark;

import au.gov.dss.socialmedia.engine.rules.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result into the figures of the README: MB/s of each corpus benchmark (MB = 10^6 bytes of
 * UTF-8) from the median and the best measurement iteration (on a shared machine other work only ever adds time,
 * so these are steadier than the mean), the ratios to the baselines measured in the same run, the effect of the
 * lexicon's size and the median latency of one comment.
 */
public final class BenchmarkReport {

    private BenchmarkReport() {
    }

    /** Reads the JMH result file named by the first argument and prints the report. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/jmh-result.json");
        List<Map<String, Object>> results = read(file);
        List<String> corpus = Corpus.comments(ScreeningBenchmark.SEED, Corpus.TARGET_BYTES);
        double megabytes = Corpus.utf8Bytes(corpus) / 1e6;
        Map<String, double[]> mbps = new LinkedHashMap<>(); // median, best, JMH's mean
        Double median = null;
        Double officialMedian = null;
        for (Map<String, Object> r : results) {
            String name = ((String) r.get("benchmark")).replaceAll(".*\\.", "");
            Map<String, Object> params = map(r.get("params"));
            if (params != null) {
                name = name + "[" + params.values().iterator().next() + "]";
            }
            Map<String, Object> metric = map(r.get("primaryMetric"));
            if (name.startsWith("singleComment")) {
                median = ((Number) map(metric.get("scorePercentiles")).get("50.0")).doubleValue();
                continue;
            }
            if (name.startsWith("singleOfficialPost")) {
                officialMedian = ((Number) map(metric.get("scorePercentiles")).get("50.0")).doubleValue();
                continue;
            }
            List<Double> iterations = new ArrayList<>();
            for (Object fork : (List<?>) metric.get("rawData")) {
                for (Object score : (List<?>) fork) {
                    iterations.add(((Number) score).doubleValue());
                }
            }
            Collections.sort(iterations);
            double mid = iterations.size() % 2 == 1 ? iterations.get(iterations.size() / 2)
                    : (iterations.get(iterations.size() / 2 - 1) + iterations.get(iterations.size() / 2)) / 2;
            double mean = ((Number) metric.get("score")).doubleValue();
            mbps.put(name, new double[] {megabytes / (mid / 1000.0), megabytes / (iterations.get(0) / 1000.0),
                    megabytes / (mean / 1000.0)});
        }
        System.out.printf(Locale.ROOT, "Corpus: %d comments, %.1f MB of UTF-8%n", corpus.size(), megabytes);
        System.out.printf(Locale.ROOT, "%-36s %14s %14s %14s%n", "MB/s", "median iter.", "best iter.", "JMH mean");
        mbps.forEach((name, v) -> System.out.printf(Locale.ROOT, "%-36s %14.1f %14.1f %14.1f%n", name, v[0], v[1],
                v[2]));
        for (int k = 0; k < 2; k++) {
            String basis = k == 0 ? "median" : "best";
            System.out.println("Ratios (" + basis + " iterations):");
            ratio(mbps, "completeScreenPublicComment", "hankcsLexiconOnly", k,
                    "x the hankcs lexicon-only pass: the comment stream (target >= 1)");
            ratio(mbps, "completeScreenPublicComment", "speedLimitFoldCase", k, "x the single-pass fold (comments)");
            ratio(mbps, "completeScreenOfficialPost", "hankcsLexiconOnly", k,
                    "x hankcs: every comment as an official post, with the sentence analysis it triggers");
            ratio(mbps, "completeScreenOfficialPost", "speedLimitFoldCase", k, "x the fold (official posts)");
            ratio(mbps, "completeScreenWithAssessment", "hankcsLexiconOnly", k, "x hankcs (with the SHA-256 assessment)");
            ratio(mbps, "completeScreenWithLexicon[20000]", "completeScreenWithLexicon[200]", k,
                    "x: throughput with 20,000 terms over 200 (target > 0.80)");
        }
        if (median != null) {
            System.out.printf(Locale.ROOT, "single 280-character comment, median: %.2f us (target < 10 us)%n", median);
        }
        if (officialMedian != null) {
            System.out.printf(Locale.ROOT, "the same text as an official post (sentence analysis), median: %.2f us%n",
                    officialMedian);
        }
    }

    private static void ratio(Map<String, double[]> mbps, String a, String b, int k, String what) {
        if (mbps.containsKey(a) && mbps.containsKey(b)) {
            System.out.printf(Locale.ROOT, "  %-32s %6.2f %s%n", a, mbps.get(a)[k] / mbps.get(b)[k], what);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (List<Map<String, Object>>) JsonValues.read(in);
        }
    }
}
