package id.netralitas.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Applies {@link ArchitectureRules} to the production classes (see docs/architecture.md). */
class ArchitectureTest {

    private static final ArchitectureRules RULES = new ArchitectureRules("id.netralitas");
    private static final Pattern MERMAID_EDGE = Pattern.compile("^\\s*(\\w+)\\s*-->\\s*(\\w+)\\s*$");

    private static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.netralitas");
    }

    @Test
    void featuresDependOnlyOnAllowedFeatures() {
        RULES.featureDependencies().check(production);
    }

    @Test
    void featuresFormNoCycle() {
        RULES.featureCycles().check(production);
    }

    @Test
    void commonDependsOnNoFeature() {
        RULES.commonIndependence().check(production);
    }

    @Test
    void resourcesDeclareNoTransaction() {
        RULES.resourceTransactions().check(production);
    }

    @Test
    void noOpenApiAnnotations() {
        RULES.noOpenApiAnnotations().check(production);
    }

    @Test
    void resourcesExposeNoEntity() {
        RULES.resourceEntities().check(production);
    }

    @Test
    void allowedMapIsAcyclic() {
        assertEquals(ArchitectureRules.ALLOWED.keySet(),
                Set.copyOf(ArchitectureRules.layering(ArchitectureRules.ALLOWED)));
    }

    @Test
    void documentedDiagramDrawsTheAllowedMap() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        int start = doc.indexOf("```mermaid");
        int end = doc.indexOf("```", start + 3);
        Map<String, Set<String>> drawn = new TreeMap<>();
        for (String line : doc.substring(start, end).split("\n")) {
            Matcher edge = MERMAID_EDGE.matcher(line);
            if (edge.matches()) {
                drawn.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
            }
        }
        Map<String, Set<String>> allowed = new TreeMap<>();
        ArchitectureRules.ALLOWED.forEach((feature, targets) -> {
            if (!targets.isEmpty()) {
                allowed.put(feature, new TreeSet<>(targets));
            }
        });
        assertEquals(allowed, drawn, "the Mermaid diagram of docs/architecture.md must draw ArchitectureRules.ALLOWED");
    }
}
