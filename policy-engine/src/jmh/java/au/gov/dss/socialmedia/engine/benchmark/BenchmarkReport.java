package au.gov.dss.socialmedia.engine.benchmark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON result into the figures of the README: MB/s of each corpus benchmark (MB = 10^6 bytes of
 * UTF-8), the ratios to the baselines measured in the same run, the effect of the lexicon's size and the median
 * latency of one comment.
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
        Map<String, Double> mbps = new LinkedHashMap<>();
        Double median = null;
        for (Map<String, Object> r : results) {
            String name = ((String) r.get("benchmark")).replaceAll(".*\\.", "");
            @SuppressWarnings("unchecked")
            Map<String, Object> params = (Map<String, Object>) r.get("params");
            if (params != null) {
                name = name + "[" + params.values().iterator().next() + "]";
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> metric = (Map<String, Object>) r.get("primaryMetric");
            double score = ((Number) metric.get("score")).doubleValue();
            if (name.startsWith("singleComment")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> percentiles = (Map<String, Object>) metric.get("scorePercentiles");
                median = ((Number) percentiles.get("50.0")).doubleValue();
                continue;
            }
            mbps.put(name, megabytes / (score / 1000.0));
        }
        System.out.printf(Locale.ROOT, "Corpus: %d comments, %.1f MB of UTF-8%n", corpus.size(), megabytes);
        mbps.forEach((name, value) -> System.out.printf(Locale.ROOT, "%-40s %10.1f MB/s%n", name, value));
        Double limit = mbps.get("speedLimitFoldCase");
        Double hankcs = mbps.get("hankcsLexiconOnly");
        Double official = mbps.get("completeScreenOfficialPost");
        Double comment = mbps.get("completeScreenPublicComment");
        if (limit != null && hankcs != null && official != null) {
            System.out.printf(Locale.ROOT, "complete screen (official post) / hankcs lexicon-only: %.2f (target >= 1)%n",
                    official / hankcs);
            System.out.printf(Locale.ROOT, "complete screen (official post) / single-pass fold:   %.1f%% (target >= 20%%)%n",
                    100 * official / limit);
        }
        if (limit != null && hankcs != null && comment != null) {
            System.out.printf(Locale.ROOT, "complete screen (public comment) / hankcs lexicon-only: %.2f%n",
                    comment / hankcs);
            System.out.printf(Locale.ROOT, "complete screen (public comment) / single-pass fold:   %.1f%%%n",
                    100 * comment / limit);
        }
        Double small = mbps.get("completeScreenWithLexicon[200]");
        Double large = mbps.get("completeScreenWithLexicon[20000]");
        if (small != null && large != null) {
            System.out.printf(Locale.ROOT, "throughput change from 200 to 20,000 terms: %+.1f%% (target > -20%%)%n",
                    100 * (large - small) / small);
        }
        if (median != null) {
            System.out.printf(Locale.ROOT, "single 280-character comment, median: %.2f us (target < 20 us)%n", median);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> read(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            return (List<Map<String, Object>>) value(p, p.nextToken());
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, value(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    list.add(value(p, e));
                }
                return list;
            }
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT: return p.getLongValue();
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_TRUE: return true;
            case VALUE_FALSE: return false;
            case VALUE_NULL: return null;
            default: throw new IOException("unexpected " + t);
        }
    }
}
