package au.gov.dss.socialmedia.records.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Checks a bag without the code that wrote it: the manifests with the system's {@code sha256sum -c} and
 * {@code sha512sum -c}, and the Payload-Oxum by counting the payload's files and bytes here.
 */
public final class IndependentBagCheck {

    private IndependentBagCheck() {
    }

    /** Whether coreutils' checksum tools are on this machine. */
    public static boolean checksumToolsPresent() {
        try {
            return new ProcessBuilder("sha256sum", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Runs {@code <tool> -c <manifest>} in the bag; returns its exit code and output. */
    public static String runCheck(Path bag, String tool, String manifest) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(tool, "--strict", "-c", manifest).directory(bag.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        return process.exitValue() + ":" + output;
    }

    /** Asserts every manifest and tag manifest of the bag checks out, and the Payload-Oxum is right. */
    public static void assertValid(Path bag) throws IOException, InterruptedException {
        for (String manifest : List.of("manifest-sha256.txt", "tagmanifest-sha256.txt")) {
            String result = runCheck(bag, "sha256sum", manifest);
            assertTrue(result.startsWith("0:"), bag + " " + manifest + ": " + result);
        }
        for (String manifest : List.of("manifest-sha512.txt", "tagmanifest-sha512.txt")) {
            String result = runCheck(bag, "sha512sum", manifest);
            assertTrue(result.startsWith("0:"), bag + " " + manifest + ": " + result);
        }
        assertEquals(countedOxum(bag), declaredOxum(bag), "Payload-Oxum of " + bag);
        assertTrue(Files.readString(bag.resolve("bagit.txt")).startsWith("BagIt-Version: 1.0\n"));
    }

    /**
     * Checks one manifest of every bag with a single run of {@code sha256sum -c} or {@code sha512sum -c}: the bags'
     * manifests are joined into one, each path prefixed with its bag's path relative to the archive.
     */
    public static String checkAll(Path archive, List<Path> bags, String manifest)
            throws IOException, InterruptedException {
        StringBuilder joined = new StringBuilder();
        for (Path bag : bags) {
            String prefix = archive.relativize(bag).toString().replace('\\', '/') + "/";
            for (String line : Files.readAllLines(bag.resolve(manifest))) {
                int split = line.indexOf("  ");
                joined.append(line, 0, split + 2).append(prefix).append(line.substring(split + 2)).append('\n');
            }
        }
        Path all = Files.createTempFile(archive.getParent(), "all-", "-" + manifest);
        Files.writeString(all, joined.toString());
        String tool = manifest.contains("sha512") ? "sha512sum" : "sha256sum";
        Process process = new ProcessBuilder(tool, "--strict", "--quiet", "-c", all.toString())
                .directory(archive.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        return process.exitValue() + ":" + output;
    }

    /** The Payload-Oxum that bag-info.txt declares. */
    public static String declaredOxum(Path bag) throws IOException {
        return Files.readAllLines(bag.resolve("bag-info.txt")).stream().filter(l -> l.startsWith("Payload-Oxum: "))
                .map(l -> l.substring("Payload-Oxum: ".length())).findFirst().orElse("(none)");
    }

    /** The Payload-Oxum counted from the files under data/. */
    public static String countedOxum(Path bag) throws IOException {
        long bytes = 0;
        long files = 0;
        try (Stream<Path> walk = Files.walk(bag.resolve("data"))) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                bytes += Files.size(file);
                files++;
            }
        }
        return bytes + "." + files;
    }
}
