package au.gov.dss.socialmedia.domain.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Other teams use the domain from its Javadoc: every package says what it is for, and every public type says
 * what it is. Reads the sources, since Javadoc does not reach the class files.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java/au/gov/dss/socialmedia/domain");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "^public\\s+(?:(?:final|sealed|non-sealed|abstract|static)\\s+)*(?:class|interface|enum|record|@interface)\\s",
            Pattern.MULTILINE);
    private static final Pattern LAST_STATEMENT = Pattern.compile("^(?:package|import)\\s[^;]*;", Pattern.MULTILINE);

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void every_domain_package_says_what_it_is_for() throws IOException {
        List<Path> undocumented;
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            undocumented = dirs.filter(Files::isDirectory)
                    .filter(dir -> hasJavaFiles(dir) && !Files.exists(dir.resolve("package-info.java")))
                    .collect(Collectors.toList());
        }
        assertTrue(undocumented.isEmpty(), "packages without package-info.java: " + undocumented);
    }

    @Test
    void every_public_type_of_the_domain_has_javadoc() throws IOException {
        List<Path> files = javaFiles();
        assertTrue(files.size() > 50, "expected the domain's sources under " + SOURCES.toAbsolutePath());
        List<String> undocumented = files.stream()
                .filter(path -> !path.getFileName().toString().equals("package-info.java"))
                .filter(path -> !hasJavadocBeforePublicType(read(path)))
                .map(Path::toString)
                .collect(Collectors.toList());
        assertTrue(undocumented.isEmpty(), "public types without Javadoc: " + undocumented);
    }

    private static boolean hasJavadocBeforePublicType(String source) {
        Matcher matcher = PUBLIC_TYPE.matcher(source);
        if (!matcher.find()) {
            return true;
        }
        String before = source.substring(0, matcher.start()).stripTrailing();
        while (before.endsWith(")") || before.matches("(?s).*\\n@\\w+$")) {
            int annotation = before.lastIndexOf("\n@");
            if (annotation < 0) {
                break;
            }
            before = before.substring(0, annotation).stripTrailing();
        }
        Matcher lastStatement = LAST_STATEMENT.matcher(before);
        int statementsEnd = 0;
        while (lastStatement.find()) {
            statementsEnd = lastStatement.end();
        }
        return before.endsWith("*/") && before.lastIndexOf("/**") >= statementsEnd;
    }

    private static boolean hasJavaFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(path -> path.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
