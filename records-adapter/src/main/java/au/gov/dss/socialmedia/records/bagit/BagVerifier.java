package au.gov.dss.socialmedia.records.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import au.gov.dss.socialmedia.records.mapping.Digests;

/**
 * Validates a bag the way RFC 8493 defines it: {@code bagit.txt} is present and declares version 1.0; every file
 * in every payload and tag manifest exists and has the listed digest; every payload file is listed in every payload
 * manifest; the {@code Payload-Oxum} of {@code bag-info.txt} matches the payload's octets and file count.
 */
public final class BagVerifier {

    /** The tag file holding the record's full AGRkMS metadata. */
    public static final String METADATA_FILE = "agrkms-metadata.xml";

    private BagVerifier() {
    }

    /** Every problem of the bag; none means the bag is valid. */
    public static List<String> verify(Path bag) {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(bag)) {
            problems.add("bag " + bag + " is missing");
            return problems;
        }
        try {
            String declaration = Files.readString(bag.resolve("bagit.txt"), StandardCharsets.UTF_8);
            if (!declaration.startsWith("BagIt-Version: 1.0")) {
                problems.add("bagit.txt does not declare BagIt-Version 1.0");
            }
            Set<String> payload = payloadFiles(bag);
            boolean anyManifest = false;
            for (String algorithm : List.of("sha256", "sha512")) {
                Path manifest = bag.resolve("manifest-" + algorithm + ".txt");
                if (!Files.exists(manifest)) {
                    continue;
                }
                anyManifest = true;
                Map<String, String> listed = checkManifest(bag, manifest, algorithm, problems);
                for (String file : payload) {
                    if (!listed.containsKey(file)) {
                        problems.add(file + " is not listed in manifest-" + algorithm + ".txt");
                    }
                }
                Path tagManifest = bag.resolve("tagmanifest-" + algorithm + ".txt");
                if (Files.exists(tagManifest)) {
                    checkManifest(bag, tagManifest, algorithm, problems);
                }
            }
            if (!anyManifest) {
                problems.add("the bag has no payload manifest");
            }
            checkOxum(bag, payload, problems);
        } catch (NoSuchFileException e) {
            problems.add("missing " + bag.relativize(Path.of(e.getFile()).toAbsolutePath()));
        } catch (IOException e) {
            problems.add("cannot read the bag: " + e);
        }
        return problems;
    }

    private static Set<String> payloadFiles(Path bag) throws IOException {
        Set<String> files = new HashSet<>();
        Path data = bag.resolve("data");
        if (!Files.isDirectory(data)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(data)) {
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add(bag.relativize(file).toString().replace('\\', '/')));
        }
        return files;
    }

    private static Map<String, String> checkManifest(Path bag, Path manifest, String algorithm,
                                                     List<String> problems) throws IOException {
        Map<String, String> listed = new HashMap<>();
        String name = manifest.getFileName().toString();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length != 2) {
                problems.add(name + " has a malformed line: " + line);
                continue;
            }
            String path = parts[1].startsWith("*") ? parts[1].substring(1) : parts[1];
            listed.put(path, parts[0]);
            Path file = bag.resolve(path).normalize();
            if (!file.startsWith(bag)) {
                problems.add(name + " lists a path outside the bag: " + path);
            } else if (!Files.isRegularFile(file)) {
                problems.add(path + " is listed in " + name + " but missing");
            } else {
                String actual = digestOf(file, algorithm.equals("sha256") ? "SHA-256" : "SHA-512");
                if (!actual.equalsIgnoreCase(parts[0])) {
                    problems.add(path + " fails its " + algorithm + " check in " + name);
                }
            }
        }
        return listed;
    }

    private static void checkOxum(Path bag, Set<String> payload, List<String> problems) throws IOException {
        String oxum = null;
        for (String line : Files.readAllLines(bag.resolve("bag-info.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("Payload-Oxum:")) {
                oxum = line.substring("Payload-Oxum:".length()).strip();
            }
        }
        if (oxum == null) {
            problems.add("bag-info.txt has no Payload-Oxum");
            return;
        }
        long octets = 0;
        for (String file : payload) {
            octets += Files.size(bag.resolve(file));
        }
        String actual = octets + "." + payload.size();
        if (!actual.equals(oxum)) {
            problems.add("Payload-Oxum is " + oxum + " but the payload is " + actual);
        }
    }

    /** The digest of a file, in lower-case hexadecimal. */
    public static String digestOf(Path file, String algorithm) throws IOException {
        MessageDigest digest = Digests.digest(algorithm);
        byte[] buffer = new byte[65536];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
