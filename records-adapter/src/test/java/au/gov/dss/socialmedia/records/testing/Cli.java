package au.gov.dss.socialmedia.records.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the CLI jar ({@code records.cli.jar}) as a child JVM, as an operator would. */
public final class Cli {

    private Cli() {
    }

    /** The CLI jar the build made. */
    public static Path jar() {
        String jar = System.getProperty("records.cli.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("records-adapter-cli.jar is missing: run through mvn verify");
        }
        return Path.of(jar);
    }

    /** Starts the CLI with the arguments; output and errors go to files beside {@code logDir}. */
    public static Process start(Path logDir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(CmisServer.javaBinary(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(logDir.resolve(name + ".out").toFile())
                .redirectError(logDir.resolve(name + ".err").toFile()).start();
    }

    /**
     * The outcome of a finished CLI run.
     *
     * @param exitCode the exit code
     * @param out standard output
     * @param err standard error
     */
    public record Result(int exitCode, String out, String err) {
    }

    /** Runs the CLI to its end (at most 5 minutes). */
    public static Result run(Path logDir, String name, String... args) throws IOException, InterruptedException {
        Process process = start(logDir, name, args);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the CLI did not finish: " + String.join(" ", args));
        }
        return new Result(process.exitValue(),
                Files.readString(logDir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(logDir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }
}
