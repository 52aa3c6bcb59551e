package au.gov.dss.socialmedia.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The CLI contract once more, against the built jar with {@code java -jar} (run by failsafe after package). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CliJarIT {

    private static Path jar() {
        Path jar = Path.of(System.getProperty("cli.jar", "target/policy-engine-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "the CLI jar should have been built at " + jar);
        return jar;
    }

    @Test
    void the_self_contained_jar_screens_json_lines_from_standard_input() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar().toString(), "screen").start();
        try (OutputStream in = process.getOutputStream()) {
            in.write((MainTest.GOOD + "\nnot json\n" + MainTest.CLEAN + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue());
        List<Map<String, Object>> lines = JsonLines.parse(out);
        assertEquals(3, lines.size());
        assertEquals("BLOCK", lines.get(0).get("outcome"));
        assertEquals(2L, lines.get(1).get("line"));
        assertEquals("PASS", lines.get(2).get("outcome"));
    }

    @Test
    void the_jar_explains_itself() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar().toString(), "--help").redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertTrue(out.contains("Usage: java -jar policy-engine-cli.jar screen"), out);
    }
}
