package id.netralitas.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Size limits of the production sources (see docs/architecture.md): no class file over {@value #MAX_FILE_LINES}
 * lines and no method of a resource longer than {@value #MAX_RESOURCE_METHOD_LINES} lines.
 */
class SourceSizeTest {

    static final int MAX_FILE_LINES = 350;
    static final int MAX_RESOURCE_METHOD_LINES = 25;

    private static final Path SOURCES = Path.of("src/main/java");
    /** Flyway Java migrations carry seed data and are not application classes. */
    private static final Path MIGRATIONS = SOURCES.resolve("db/migration");
    private static final Pattern GENERATED = Pattern.compile("@([\\w.]+\\.)?Generated\\b");

    @Test
    void noClassFileIsLongerThanTheLimit() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            int lines = Files.readAllLines(file).size();
            if (lines > MAX_FILE_LINES) {
                offenders.add(file + ": " + lines + " lines");
            }
        }
        assertTrue(offenders.isEmpty(), () -> offenders.size() + " class file(s) over " + MAX_FILE_LINES
                + " lines:\n" + String.join("\n", offenders));
    }

    @Test
    void noResourceMethodIsLongerThanTheLimit() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.getFileName().toString().endsWith("Resource.java")) {
                continue;
            }
            for (JavaMethodScanner.Method method : JavaMethodScanner.methods(Files.readString(file))) {
                if (method.lines() > MAX_RESOURCE_METHOD_LINES) {
                    offenders.add(file + ":" + method.line() + " " + method.name() + "(): " + method.lines()
                            + " lines");
                }
            }
        }
        assertTrue(offenders.isEmpty(), () -> offenders.size() + " resource method(s) over "
                + MAX_RESOURCE_METHOD_LINES + " lines:\n" + String.join("\n", offenders));
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MIGRATIONS))
                    .filter(SourceSizeTest::isHandWritten)
                    .sorted()
                    .toList();
        }
    }

    /** Generated sources say so with a {@code @Generated} annotation. */
    private static boolean isHandWritten(Path file) {
        try {
            return !GENERATED.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
