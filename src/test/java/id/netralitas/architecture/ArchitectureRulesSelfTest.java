package id.netralitas.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Proves that every rule of {@link ArchitectureRules} reports the deliberately bad classes of {@link BadFixtures}. */
class ArchitectureRulesSelfTest {

    private static final ArchitectureRules RULES = new ArchitectureRules(BadFixtures.ROOT);

    private static JavaClasses fixtures;

    @BeforeAll
    static void compileFixtures() throws IOException {
        fixtures = BadFixtures.importAll();
    }

    @Test
    void featureDependenciesReportAnEdgeOutsideTheMapAndAnUndeclaredFeature() {
        List<String> violations = violations(RULES.featureDependencies());
        assertAny(violations, v -> v.contains("region -> report") && v.contains("RegionUsesReport"));
        assertAny(violations, v -> v.contains("StrayFeature") && v.contains("not a declared feature"));
        assertNone(violations, v -> v.contains("report -> region") || v.contains("CommonUsesFeature"));
    }

    @Test
    void featureCyclesReportACycle() {
        List<String> violations = violations(RULES.featureCycles());
        assertAny(violations, v -> v.contains("RegionUsesReport") && v.contains("ReportUsesRegion"));
    }

    @Test
    void commonIndependenceReportsCommonUsingAFeature() {
        List<String> violations = violations(RULES.commonIndependence());
        assertEquals(1, violations.size(), violations::toString);
        assertAny(violations, v -> v.contains("CommonUsesFeature") && v.contains("ReportUsesRegion"));
    }

    @Test
    void openApiAnnotationsAreReported() {
        List<String> violations = violations(RULES.noOpenApiAnnotations());
        assertAny(violations, v -> v.contains("DocumentedResource.read()") && v.contains("Operation"));
        assertNone(violations, v -> v.contains("CleanResource"));
    }

    @Test
    void resourceTransactionsReportClassMethodAndProgrammaticTransactions() {
        List<String> violations = violations(RULES.resourceTransactions());
        assertAny(violations, v -> v.contains(".TransactionalResource") && v.contains("Transactional"));
        assertAny(violations, v -> v.contains("MethodTransactionalResource.create()"));
        assertAny(violations, v -> v.contains("ProgrammaticTransactionResource") && v.contains("QuarkusTransaction"));
        assertNone(violations, v -> v.contains("CleanResource") || v.contains("EntityResource"));
    }

    @Test
    void resourceEntitiesReportEntitiesInSignaturesAndTypeArguments() {
        List<String> violations = violations(RULES.resourceEntities());
        for (String method : List.of("read()", "update(", "list()", "find()", "all()")) {
            assertAny(violations, v -> v.contains("EntityResource." + method));
        }
        assertEquals(5, violations.size(), violations::toString);
    }

    @Test
    void anAcyclicMapHasALayeringAndACyclicOneFails() {
        assertEquals(List.of("b", "a"), ArchitectureRules.layering(Map.of("a", Set.of("b"), "b", Set.of())));
        assertThrows(IllegalStateException.class,
                () -> ArchitectureRules.layering(Map.of("a", Set.of("b"), "b", Set.of("a"))));
    }

    private static List<String> violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), rule.getDescription());
        return result.getFailureReport().getDetails();
    }

    private static void assertAny(List<String> violations, Predicate<String> expected) {
        assertTrue(violations.stream().anyMatch(expected), () -> "no matching violation in " + violations);
    }

    private static void assertNone(List<String> violations, Predicate<String> unexpected) {
        assertTrue(violations.stream().noneMatch(unexpected), () -> "unexpected violation in " + violations);
    }
}
